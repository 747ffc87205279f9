/**
 * TideORM core: annotation.
 */
@NullMarked
package dev.tideorm.core.annotation;

import org.jspecify.annotations.NullMarked;
