package dev.tideorm.schema.introspect;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.UnsupportedByDialectException;
import dev.tideorm.schema.diff.DiffRules;
import dev.tideorm.schema.model.LiveSchema;
import dev.tideorm.schema.model.TableDef;
import dev.tideorm.schema.model.TableName;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the live schema from a database's catalog. Implementations exist for PostgreSQL ({@code pg_catalog}) and
 * H2 ({@code INFORMATION_SCHEMA}); {@link #of(Dialect)} picks one. Every method does its I/O on subscription, one
 * statement at a time on the given connection.
 */
public interface Introspector {
    /**
     * The connection's current schema.
     *
     * @return exactly one name; errors are {@link dev.tideorm.core.error.DbException}s
     */
    Mono<String> currentSchema(DbConn conn);

    /**
     * Every base table of one schema, with columns, primary key, indexes and unique constraints (except the
     * primary key's), and foreign keys. Names carry the schema. Partial and expression indexes are left out.
     *
     * @return exactly one list, sorted by table name
     */
    Mono<List<TableDef>> tables(DbConn conn, String schema);

    /** How this database spells types and actions, for the diff. */
    DiffRules rules();

    /**
     * Discovers the schemas the {@code declared} tables live in: their own, or the current schema for those
     * without one.
     *
     * @return exactly one snapshot
     */
    default Mono<LiveSchema> discover(DbConn conn, Collection<TableName> declared) {
        return currentSchema(conn).flatMap(current -> {
            TreeSet<String> schemas = new TreeSet<>();
            declared.forEach(t -> schemas.add(t.schema() == null ? current : t.schema()));
            return Flux.fromIterable(schemas)
                    .concatMap(s -> tables(conn, s))
                    .reduce(LiveSchema.empty(current), LiveSchema::plus);
        });
    }

    /**
     * The introspector for a dialect.
     *
     * @throws UnsupportedByDialectException when the dialect has none
     */
    static Introspector of(Dialect dialect) {
        return switch (dialect.name()) {
            case "PostgreSQL" -> new PostgresIntrospector();
            case "H2" -> new H2Introspector();
            default -> throw new UnsupportedByDialectException(dialect.name(), "schema introspection");
        };
    }
}
