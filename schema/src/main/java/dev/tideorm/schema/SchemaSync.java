package dev.tideorm.schema;

import dev.tideorm.core.conn.DbConn;
import dev.tideorm.core.meta.EntityRegistry;
import java.util.List;
import java.util.Objects;

/**
 * Entry point of entity-first schema sync. SeaORM hangs these off the connection
 * ({@code db.get_schema_registry(..)}, {@code db.get_schema_builder()}); here they are static factories taking
 * the connection, because the executor module that defines {@code Database} cannot depend on this one.
 *
 * <pre>{@code
 * Database.connect(url)
 *     .flatMap(db -> SchemaSync.registry(db, "com.example.entity").sync())
 *     .doOnNext(report -> log.info("{}", report));
 * // first run:  CREATE TABLE "user" (...); CREATE TABLE "post" (...); ALTER TABLE "post" ADD CONSTRAINT ...
 * // second run: no statement
 * }</pre>
 *
 * Non-destructive by design: tables, columns and foreign keys are never dropped, and column types, nullability
 * and primary keys are never changed; such differences are reported in {@link SyncReport#skipped()}. Dropping a
 * unique index or constraint that the entities no longer declare is the one exception.
 *
 * <p>The unique constraint of a {@code @Unique} column is named {@code idx-<table>-<column>} on every backend, so
 * that a violation names it; an existing unique constraint or index of the column under another name (the
 * database's default name, for example) is renamed to it, never dropped and created again.
 */
public final class SchemaSync {
    private SchemaSync() {
    }

    /** A builder with no entity registered; add them with {@link SchemaBuilder#register}. */
    public static SchemaBuilder builder(DbConn db) {
        return new SchemaBuilder(db, List.of());
    }

    /**
     * A builder with every entity whose record class is in {@code packagePrefix} or a sub-package (a trailing
     * {@code .*} is ignored), found through the compile-time {@link EntityRegistry}.
     *
     * @throws IllegalArgumentException when no entity matches (the message lists the packages that have
     *     entities), or when two matching entities map to the same table
     */
    public static SchemaBuilder registry(DbConn db, String packagePrefix) {
        Objects.requireNonNull(packagePrefix, "packagePrefix");
        return builder(db).registerAll(EntityRegistry.byPackagePrefix(packagePrefix));
    }
}
