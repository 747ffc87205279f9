/** Test entities for nested save and cascade delete beyond the blog schema. */
@NullMarked
package dev.tideorm.examples.nested.entity;

import org.jspecify.annotations.NullMarked;
