package dev.tideorm.jackson.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.core.error.TypeConversionException;
import dev.tideorm.core.json.JsonCodecs;
import dev.tideorm.core.json.JsonText;
import dev.tideorm.jackson.JacksonJsonCodec;
import dev.tideorm.jackson.it.entity.Customer;
import dev.tideorm.jackson.it.entity.CustomerActiveModel;
import dev.tideorm.jackson.it.entity.Customer_;
import dev.tideorm.schema.SchemaSync;
import dev.tideorm.schema.SyncReport;
import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON columns of a record, a list of records and a map through the Jackson codec, on H2 and PostgreSQL: the
 * tables come from schema sync, values round-trip through insert, select and update, and what the database holds
 * is checked on the raw connection as JSON documents.
 */
class JacksonColumnsIT {
    private static final JsonMapper READER = JsonMapper.builder().build();
    private static final Customer.Settings DARK = new Customer.Settings("dark", 14, true, List.of("a", "b"),
            Instant.parse("2024-05-06T07:08:09Z"));
    private static final List<Customer.Address> ADDRESSES = List.of(
            new Customer.Address("1 Rue", "Paris", "75001"), new Customer.Address("2 Road", "Leeds", null));
    private static final Map<String, Object> EXTRA = Map.of("plan", "pro", "seats", 5,
            "flags", List.of(true, false), "limits", Map.of("gb", 1.5));

    /** Syncs the schema (idempotent), empties the table and forgets recorded statements. */
    static SyncReport reset(TestDb db) {
        SyncReport report = SchemaSync.registry(db.db(), "dev.tideorm.jackson.it.entity").sync()
                .block(Duration.ofSeconds(30));
        db.exec(db.kind() == TestDb.Kind.POSTGRES ? "TRUNCATE \"customer\" RESTART IDENTITY"
                : "TRUNCATE TABLE \"customer\" RESTART IDENTITY");
        db.statements().clear();
        return report;
    }

    @AfterEach
    void forgetInstalledCodecs() {
        JsonCodecs.reset();
    }

    private static CustomerActiveModel ada() {
        return CustomerActiveModel.builder().setName("Ada").setSettings(DARK).setAddresses(ADDRESSES)
                .setExtra(EXTRA).setRaw(JsonText.of("{\"free\": [1, \"text\"]}"));
    }

    /** The JSON document stored in {@code column} of customer 1, read as text on the raw connection and parsed. */
    private static JsonNode stored(TestDb db, String column) {
        Object raw = db.rows("SELECT \"" + column + "\" AS v FROM \"customer\" WHERE \"id\" = 1").get(0).get("v");
        String text = raw instanceof io.r2dbc.postgresql.codec.Json json ? json.asString()
                : raw instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) raw;
        return READER.readTree(text);
    }

    /** The number of rows whose {@code column} holds a JSON document of {@code kind}, as the database sees it. */
    private static long documentsOfKind(TestDb db, String column, String kind) {
        String test = db.kind() == TestDb.Kind.POSTGRES
                ? "jsonb_typeof(\"" + column + "\") = '" + kind.toLowerCase(Locale.ROOT) + "'"
                : "\"" + column + "\" IS JSON " + kind;
        return ((Number) db.rows("SELECT COUNT(*) AS n FROM \"customer\" WHERE " + test).get(0).get("n")).longValue();
    }

    @DbTest
    void schemaSyncMakesJsonColumns(TestDb db) {
        reset(db);
        String sql = db.kind() == TestDb.Kind.POSTGRES
                ? "SELECT column_name AS c, data_type AS t FROM information_schema.columns WHERE table_name = "
                        + "'customer' AND table_schema = current_schema() ORDER BY ordinal_position"
                : "SELECT COLUMN_NAME AS c, DATA_TYPE AS t FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = "
                        + "'customer' AND TABLE_SCHEMA = SCHEMA() ORDER BY ORDINAL_POSITION";
        String json = db.kind() == TestDb.Kind.POSTGRES ? "jsonb" : "JSON";
        assertThat(db.rows(sql)).extracting(r -> r.get("c") + " " + r.get("t")).endsWith(
                "settings " + json, "addresses " + json, "extra " + json, "raw " + json);
        assertThat(reset(db).statements()).as("a second sync changes nothing").isEmpty();
    }

    @DbTest
    void recordsListsAndMapsRoundTripThroughInsertSelectAndUpdate(TestDb db) {
        reset(db);
        Customer expected = new Customer(1L, "Ada", DARK, ADDRESSES, EXTRA, null);
        ada().insert(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> assertThat(c).usingRecursiveComparison().ignoringFields("raw").isEqualTo(expected))
                .verifyComplete();
        Customer_.findById(1L).one(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> {
                    assertThat(c).usingRecursiveComparison().ignoringFields("raw").isEqualTo(expected);
                    assertThat(c.settings()).isEqualTo(DARK);
                    assertThat(c.addresses()).containsExactlyElementsOf(ADDRESSES);
                    assertThat(c.extra()).isEqualTo(EXTRA);
                    assertThat(READER.readTree(c.raw().text())).isEqualTo(READER.readTree("{\"free\": [1, \"text\"]}"));
                })
                .verifyComplete();
        // Documents, not JSON strings holding JSON text.
        assertThat(documentsOfKind(db, "settings", "OBJECT")).isEqualTo(1);
        assertThat(documentsOfKind(db, "addresses", "ARRAY")).isEqualTo(1);
        assertThat(documentsOfKind(db, "extra", "OBJECT")).isEqualTo(1);
        assertThat(stored(db, "settings")).isEqualTo(READER.readTree("{\"theme\": \"dark\", \"fontSize\": 14, "
                + "\"beta\": true, \"tags\": [\"a\", \"b\"], \"since\": \"2024-05-06T07:08:09Z\"}"));
        assertThat(stored(db, "addresses")).isEqualTo(READER.readTree("[{\"street\": \"1 Rue\", \"city\": \"Paris\", "
                + "\"zip\": \"75001\"}, {\"street\": \"2 Road\", \"city\": \"Leeds\", \"zip\": null}]"));

        Customer.Settings light = new Customer.Settings("light", 12, false, List.of(), null);
        List<Customer.Address> moved = List.of(new Customer.Address("3 Strasse", "Berlin", "10115"));
        Customer loaded = Customer_.findById(1L).one(db.db()).block();
        db.statements().clear();
        CustomerActiveModel.from(loaded).setSettings(light).setAddresses(moved).update(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> {
                    assertThat(c.settings()).isEqualTo(light);
                    assertThat(c.addresses()).isEqualTo(moved);
                })
                .verifyComplete();
        assertThat(db.statements().sql().get(0)).startsWith(db.kind() == TestDb.Kind.POSTGRES
                ? "UPDATE \"customer\" SET \"settings\" = CAST($1 AS jsonb), \"addresses\" = CAST($2 AS jsonb) WHERE"
                : "UPDATE \"customer\" SET \"settings\" = $1 FORMAT JSON, \"addresses\" = $2 FORMAT JSON WHERE");
        assertThat(stored(db, "settings").get("theme").asString()).isEqualTo("light");
        assertThat(stored(db, "settings").get("since").isNull()).isTrue();
        assertThat(stored(db, "addresses").get(0).get("city").asString()).isEqualTo("Berlin");
        Customer_.findById(1L).one(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> assertThat(c).isEqualTo(new Customer(1L, "Ada", light, moved, EXTRA, c.raw())))
                .verifyComplete();
    }

    @DbTest
    void aNullComponentIsSqlNullNotTheJsonNull(TestDb db) {
        reset(db);
        ada().setExtra(null).setRaw(null).insert(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> {
                    assertThat(c.extra()).isNull();
                    assertThat(c.raw()).isNull();
                })
                .verifyComplete();
        assertThat(db.rows("SELECT COUNT(*) AS n FROM \"customer\" WHERE \"extra\" IS NULL AND \"raw\" IS NULL"))
                .extracting(r -> ((Number) r.get("n")).longValue()).containsExactly(1L);
    }

    @DbTest
    void batchedSavesWriteJsonColumnsOfEveryRow(TestDb db) {
        reset(db);
        CustomerActiveModel.saveAll(db.db(), List.of(ada(), ada().setName("Bob"))).collectList().block();
        List<Customer> both = Customer_.find().orderBy(Customer_.ID.asc()).all(db.db()).block();
        Customer.Settings plain = new Customer.Settings("plain", 10, false, List.of("x"), null);
        List<CustomerActiveModel> changed = both.stream()
                .map(c -> CustomerActiveModel.from(c).setSettings(plain).setExtra(Map.of("who", c.name())))
                .toList();
        db.statements().clear();
        CustomerActiveModel.saveAll(db.db(), changed).as(StepVerifier::create).expectNextCount(2).verifyComplete();
        // One batch UPDATE (a MERGE on H2, which then reads the rows back by key) with both rows' JSON values cast.
        assertThat(db.statements().sql()).filteredOn(s -> s.startsWith("UPDATE") || s.startsWith("MERGE"))
                .singleElement().asString()
                .contains(db.kind() == TestDb.Kind.POSTGRES ? "CAST($2 AS jsonb)" : "$2 FORMAT JSON");
        Customer_.find().orderBy(Customer_.ID.asc()).all(db.db())
                .as(StepVerifier::create)
                .assertNext(all -> {
                    assertThat(all).extracting(Customer::settings).containsOnly(plain);
                    assertThat(all).extracting(Customer::extra)
                            .containsExactly(Map.of("who", "Ada"), Map.of("who", "Bob"));
                })
                .verifyComplete();
        assertThat(documentsOfKind(db, "settings", "OBJECT")).isEqualTo(2);
    }

    @DbTest
    void theApplicationsMapperWritesTheDocuments(TestDb db) {
        reset(db);
        JacksonJsonCodec.install(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build());
        ada().insert(db.db()).as(StepVerifier::create).expectNextCount(1).verifyComplete();
        assertThat(stored(db, "settings").has("font_size")).isTrue();
        assertThat(stored(db, "settings").has("fontSize")).isFalse();
        Customer_.findById(1L).one(db.db())
                .as(StepVerifier::create)
                .assertNext(c -> assertThat(c.settings()).isEqualTo(DARK))
                .verifyComplete();
    }

    @DbTest
    void aStoredDocumentThatDoesNotFitTheTypeFailsNamingTheColumn(TestDb db) {
        reset(db);
        ada().insert(db.db()).block();
        db.exec("UPDATE \"customer\" SET \"settings\" = " + (db.kind() == TestDb.Kind.POSTGRES
                ? "CAST('[1, 2]' AS jsonb)" : "'[1, 2]' FORMAT JSON"));
        Customer_.findById(1L).one(db.db())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(TypeConversionException.class)
                        .hasMessageStartingWith("cannot read column customer.settings as Settings: the converter "
                                + "refused the stored value (MismatchedInputException)")
                        .hasRootCauseInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class));
    }
}
