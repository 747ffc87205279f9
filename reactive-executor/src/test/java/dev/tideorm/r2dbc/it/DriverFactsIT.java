package dev.tideorm.r2dbc.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tideorm.test.DbTest;
import dev.tideorm.test.TestDb;
import io.r2dbc.spi.ColumnMetadata;
import java.util.List;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;

/**
 * The driver behaviour the executor relies on, checked on the raw R2DBC SPI: on a database without RETURNING
 * the inserted row comes back through {@code returnGeneratedValues(every column)}.
 */
class DriverFactsIT {

    private static List<String> generated(TestDb db, String sql, String... columns) {
        return db.withRawConnection(c -> Flux.from(c.createStatement(sql).returnGeneratedValues(columns).execute())
                .concatMap(r -> r.map((row, md) -> md.getColumnMetadatas().stream()
                        .map(cm -> cm.getName() + "=" + row.get(cm.getName()))
                        .collect(Collectors.joining(", ")))));
    }

    @DbTest
    void generatedValuesIncludeNonGeneratedColumnsInTheRequestedOrderWithTheirLabels(TestDb db) {
        Fixtures.cakes(db, "apple");
        assertThat(generated(db, "INSERT INTO \"cake\" (\"name\") VALUES ('pear')", "name", "id"))
                .containsExactly("name=pear, id=2");
        assertThat(generated(db, "INSERT INTO \"cake\" (\"name\") VALUES ('plum'), ('kiwi')", "id", "name"))
                .containsExactly("id=3, name=plum", "id=4, name=kiwi");
    }

    @DbTest
    void unquotedIdentifiersComeBackInTheDatabasesCase(TestDb db) {
        db.exec("DROP TABLE IF EXISTS plain", "CREATE TABLE plain (id INTEGER, label VARCHAR(10))",
                "INSERT INTO plain VALUES (1, 'x')");
        List<String> labels = db.withRawConnection(c -> Flux.from(c.createStatement("SELECT id, label FROM plain")
                .execute()).concatMap(r -> r.map((row, md) -> md.getColumnMetadatas().stream()
                .map(ColumnMetadata::getName).collect(Collectors.joining(",")))));
        assertThat(labels).containsExactly(db.kind() == TestDb.Kind.H2 ? "ID,LABEL" : "id,label");
    }

    @DbTest
    void anIntegerColumnReadAsLongNeedsTheExecutorsConversionOnH2(TestDb db) {
        Fixtures.cakes(db, "apple");
        List<String> outcome = db.withRawConnection(c -> Flux.from(c.createStatement("SELECT \"id\" FROM \"cake\"")
                        .execute())
                .concatMap(r -> r.map((row, md) -> {
                    try {
                        return "read " + row.get(0, Long.class);
                    } catch (IllegalArgumentException e) {
                        return "refused";
                    }
                })));
        assertThat(outcome).containsExactly(db.kind() == TestDb.Kind.H2 ? "refused" : "read 1");
    }
}
