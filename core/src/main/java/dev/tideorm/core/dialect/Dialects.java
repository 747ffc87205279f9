package dev.tideorm.core.dialect;

import java.util.List;

/**
 * The built-in dialects.
 *
 * <pre>{@code
 * Dialects.POSTGRES.render(insert).sql()   // INSERT INTO "cake" ("name") VALUES ($1) RETURNING "id", "name"
 * Dialects.H2.render(insert).sql()         // INSERT INTO "cake" ("name") VALUES ($1)
 * }</pre>
 */
public final class Dialects {
    /**
     * PostgreSQL (r2dbc-postgresql): {@code $n} markers, RETURNING, {@code ON CONFLICT},
     * {@code CAST($1 AS jsonb)}, 65,535 bind parameters.
     */
    public static final Dialect POSTGRES = new PostgresDialect();

    /**
     * H2 2.4 in regular mode (r2dbc-h2): {@code $n} markers, no RETURNING (generated values through the
     * driver), upserts as {@code MERGE ... USING (VALUES ...)}, {@code $1 FORMAT JSON}, 100,000 bind
     * parameters. Inlined temporal and UUID values are typed literals ({@code DATE '2024-01-02'}).
     */
    public static final Dialect H2 = new H2Dialect();

    private Dialects() {
    }

    /** Every built-in dialect, PostgreSQL first. */
    public static List<Dialect> all() {
        return List.of(POSTGRES, H2);
    }
}
