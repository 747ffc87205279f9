/**
 * The pure schema diff: desired tables × live schema → ordered {@link dev.tideorm.schema.diff.SchemaChange}s and
 * the {@link dev.tideorm.schema.diff.SkippedDifference}s that are reported but never applied. No I/O.
 */
@NullMarked
package dev.tideorm.schema.diff;

import org.jspecify.annotations.NullMarked;
