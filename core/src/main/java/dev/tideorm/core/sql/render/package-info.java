/**
 * TideORM core: rendering of statement trees into SQL text. {@link dev.tideorm.core.sql.render.SqlRenderer}
 * holds the ANSI defaults with one {@code protected} method per node kind; each dialect's renderer
 * overrides only what differs. {@link dev.tideorm.core.sql.render.SqlWriter} accumulates the text and,
 * in bound mode, the values in bind-marker order. Pure: no I/O.
 */
@NullMarked
package dev.tideorm.core.sql.render;

import org.jspecify.annotations.NullMarked;
