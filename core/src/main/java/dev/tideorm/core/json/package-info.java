/**
 * A small immutable JSON tree for JSON columns ({@link dev.tideorm.core.json.Json}), so entities can hold
 * structured JSON without a JSON library on the classpath.
 */
@NullMarked
package dev.tideorm.core.json;

import org.jspecify.annotations.NullMarked;
