/**
 * TideORM core: query.
 */
@NullMarked
package dev.tideorm.core.query;

import org.jspecify.annotations.NullMarked;
