/**
 * A Spring Boot WebFlux REST service on TideORM over the blog entities: nested JSON in and out, nested saves and
 * the smart loader, {@code @Transactional} handlers, and typed errors as RFC 9457 problem details.
 */
@NullMarked
package dev.tideorm.examples.webflux;

import org.jspecify.annotations.NullMarked;
