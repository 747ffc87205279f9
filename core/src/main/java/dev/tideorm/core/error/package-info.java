/**
 * TideORM core: error.
 */
@NullMarked
package dev.tideorm.core.error;

import org.jspecify.annotations.NullMarked;
