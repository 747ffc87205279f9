/** Entities of the Jackson codec's database tests. */
@NullMarked
package dev.tideorm.jackson.it.entity;

import org.jspecify.annotations.NullMarked;
