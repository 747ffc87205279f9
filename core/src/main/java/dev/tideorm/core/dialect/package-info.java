/**
 * TideORM core: dialect.
 */
@NullMarked
package dev.tideorm.core.dialect;

import org.jspecify.annotations.NullMarked;
