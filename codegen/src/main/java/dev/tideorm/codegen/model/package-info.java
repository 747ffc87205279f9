/**
 * The processor's intermediate representation: what analysis found out about each entity, free of
 * {@code javax.lang.model} elements, ready for emission.
 */
@NullMarked
package dev.tideorm.codegen.model;

import org.jspecify.annotations.NullMarked;
