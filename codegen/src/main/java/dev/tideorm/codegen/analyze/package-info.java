/**
 * Analysis of {@code @Entity} records: {@code javax.lang.model} elements in, {@code EntityModel}s and problems
 * (compiler errors at the offending element) out.
 */
@NullMarked
package dev.tideorm.codegen.analyze;

import org.jspecify.annotations.NullMarked;
