/**
 * DDL text for {@link dev.tideorm.schema.diff.SchemaChange}s. Every identifier is quoted through the dialect.
 */
@NullMarked
package dev.tideorm.schema.ddl;

import org.jspecify.annotations.NullMarked;
