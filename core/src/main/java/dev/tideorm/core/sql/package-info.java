/**
 * TideORM core: sql.
 */
@NullMarked
package dev.tideorm.core.sql;

import org.jspecify.annotations.NullMarked;
