/**
 * TideORM core: meta.
 */
@NullMarked
package dev.tideorm.core.meta;

import org.jspecify.annotations.NullMarked;
