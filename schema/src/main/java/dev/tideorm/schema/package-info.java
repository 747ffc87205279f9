/**
 * Entity-first schema sync: {@link dev.tideorm.schema.SchemaSync} compares registered entities with the live
 * database and applies the additive difference. Non-destructive by design: tables, columns and foreign keys are
 * never dropped and column types and nullability never changed; such differences are reported. Dropping a unique
 * index or constraint the entities no longer declare is the one exception.
 */
@NullMarked
package dev.tideorm.schema;

import org.jspecify.annotations.NullMarked;
