/**
 * JSON columns: {@link dev.tideorm.core.json.JsonText}, a JSON document kept as text, and the
 * {@link dev.tideorm.core.json.JsonCodec} plug-in point through which a JSON column maps to any other Java type
 * (a record, a {@code List}, a {@code Map}). Core holds no JSON parser: the database parses JSON on write, and a
 * codec module such as {@code tideorm-jackson} converts Java values.
 */
@NullMarked
package dev.tideorm.core.json;

import org.jspecify.annotations.NullMarked;
