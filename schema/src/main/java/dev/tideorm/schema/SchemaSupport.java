package dev.tideorm.schema;

import dev.tideorm.core.dialect.Dialect;
import dev.tideorm.core.error.UnsupportedByDialectException;
import dev.tideorm.schema.ddl.DdlRenderer;
import dev.tideorm.schema.introspect.Introspector;

/**
 * What schema sync needs from a dialect: catalog discovery, DDL rendering, and whether DDL is transactional
 * (PostgreSQL rolls back a failed sync entirely; H2 commits each DDL statement).
 */
record SchemaSupport(Introspector introspector, DdlRenderer ddl, boolean transactionalDdl) {

    /** @throws UnsupportedByDialectException when schema sync does not support the dialect */
    static SchemaSupport of(Dialect dialect) {
        boolean transactional = switch (dialect.name()) {
            case "PostgreSQL" -> true;
            case "H2" -> false;
            default -> throw new UnsupportedByDialectException(dialect.name(), "schema sync");
        };
        return new SchemaSupport(Introspector.of(dialect), DdlRenderer.of(dialect), transactional);
    }
}
