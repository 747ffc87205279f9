package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.ConnectionException;
import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.r2dbc.Database;
import dev.tideorm.r2dbc.DatabaseOptions;
import dev.tideorm.r2dbc.it.entity.Gizmo_;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import reactor.test.StepVerifier;

/** TideORM's messages and {@code toString()}s never show a password or a stored value. */
class SecretsIT {
    /** A password with every character that ends a URL part: {@code @ / ; ?}. */
    private static final String PASSWORD = "p@ss/w;rd?x";
    private static final String ENCODED = "p%40ss%2Fw%3Brd%3Fx";
    /** Percent-encoded where R2DBC needs it; a {@code ;} may stay as it is in the user info. */
    private static final String SEMI_ENCODED = "p%40ss%2Fw;rd%3Fx";

    /** {@code db}'s server and database (on H2 the in-memory database {@code h2Name}) as {@code user:password}. */
    private static String url(TestDb db, String user, String password, String h2Name) {
        if (db.kind() == TestDb.Kind.H2) {
            return "r2dbc:h2:mem://" + user + ":" + password + "@/" + h2Name;
        }
        ConnectionFactoryOptions o = ConnectionFactoryOptions.parse(db.url());
        Object port = o.getValue(ConnectionFactoryOptions.PORT);
        return "r2dbc:postgresql://" + user + ":" + password + "@" + o.getValue(ConnectionFactoryOptions.HOST)
                + (port == null ? "" : ":" + port) + "/" + o.getValue(ConnectionFactoryOptions.DATABASE);
    }

    /** The name of the class's H2 database, which already exists (created by its own user). */
    private static String h2Name(TestDb db) {
        String url = db.url();
        return db.kind() == TestDb.Kind.H2 ? url.substring("r2dbc:h2:mem:///".length(), url.indexOf(';')) : "";
    }

    private static void showsNoPassword(AbstractThrowableAssert<?, ? extends Throwable> e) {
        e.hasMessageNotContaining(PASSWORD).hasMessageNotContaining(ENCODED).hasMessageNotContaining(SEMI_ENCODED)
                .hasMessageNotContaining("ss/w").hasMessageNotContaining("w;rd").hasMessageNotContaining("rd?x");
    }

    @DbTest
    void aWrongPasswordWithReservedCharactersIsInNoConnectionMessage(TestDb db) {
        db.db();   // the class's H2 database exists, so a wrong user or password is refused
        // Encoded, the password reaches the server; raw, R2DBC reads part of it as host and database.
        for (String password : List.of(ENCODED, SEMI_ENCODED, PASSWORD)) {
            String url = url(db, db.kind() == TestDb.Kind.H2 ? "sa" : "tide_nobody", password, h2Name(db));
            Database.connect(DatabaseOptions.builder(url).acquireTimeout(Duration.ofSeconds(10)).build())
                    .as(StepVerifier::create)
                    .verifyErrorSatisfies(e -> {
                        assertThat(e).isInstanceOf(ConnectionException.class).hasMessageContaining("cannot connect to '")
                                .hasMessageContaining(":***@");
                        showsNoPassword(assertThat(e));
                    });
        }
    }

    @DbTest
    void toStringMasksAPasswordWithReservedCharacters(TestDb db) {
        // The URL carries the password; the driver option (applied on top) carries the one the server accepts.
        Object real = db.kind() == TestDb.Kind.H2 ? ""
                : ConnectionFactoryOptions.parse(db.url()).getValue(ConnectionFactoryOptions.PASSWORD);
        Object user = db.kind() == TestDb.Kind.H2 ? "sa"
                : ConnectionFactoryOptions.parse(db.url()).getValue(ConnectionFactoryOptions.USER);
        String url = url(db, String.valueOf(user), SEMI_ENCODED, "tide_secrets_" + UUID.randomUUID().toString().substring(0, 8));
        DatabaseOptions.Builder options = DatabaseOptions.builder(url);
        if (real != null) {
            options.option("password", real);
        }
        Database d = Database.connect(options.build()).block(Duration.ofSeconds(30));
        try {
            assertThat(d.toString()).contains(":***@").doesNotContain(SEMI_ENCODED).doesNotContain(PASSWORD)
                    .doesNotContain("w;rd");
        } finally {
            d.close().block(Duration.ofSeconds(30));
        }
    }

    @DbTest
    void anUnknownEnumNameFailsWithoutQuotingTheStoredValue(TestDb db) {
        EntityTypesIT.gizmos(db);
        db.exec("INSERT INTO \"gizmo\" (\"code\", \"created_at\", \"size\", \"active\") VALUES ("
                + "'7d444840-9dc0-11d1-b245-5ffdce74fad2', TIMESTAMP WITH TIME ZONE '2024-01-02 03:04:05+00', "
                + "'secret-size', TRUE)");

        Gizmo_.find().all(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageContaining("cannot read column gizmo.size as Size")
                        .hasMessageNotContaining("secret-size")
                        .cause().hasMessageNotContaining("secret-size"));
    }
}
