/**
 * JSON columns of any type through Jackson 3: {@link dev.tideorm.jackson.JacksonJsonCodec}, a
 * {@link dev.tideorm.core.json.JsonCodec} registered for {@link java.util.ServiceLoader}, so that adding this module
 * to the class path is enough for {@code @Column(json = true) Settings settings}.
 */
@NullMarked
package dev.tideorm.jackson;

import org.jspecify.annotations.NullMarked;
