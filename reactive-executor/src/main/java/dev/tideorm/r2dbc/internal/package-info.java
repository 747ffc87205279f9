/**
 * Internals of the R2DBC executor: statement execution and binding, row reading, error translation and the
 * per-driver backends. Not API: anything here may change without notice.
 */
@NullMarked
package dev.tideorm.r2dbc.internal;

import org.jspecify.annotations.NullMarked;
