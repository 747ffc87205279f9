/**
 * TideORM core: conn.
 */
@NullMarked
package dev.tideorm.core.conn;

import org.jspecify.annotations.NullMarked;
