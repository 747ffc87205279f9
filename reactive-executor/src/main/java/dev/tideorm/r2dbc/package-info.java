/**
 * TideORM on R2DBC: {@link dev.tideorm.r2dbc.Database} (a pooled {@link dev.tideorm.core.conn.DbConn}),
 * {@link dev.tideorm.r2dbc.Transaction} (a connection-bound one, savepoints for nesting), the options they
 * are built from, and the {@link dev.tideorm.r2dbc.StatementListener} that observes every executed statement.
 */
@NullMarked
package dev.tideorm.r2dbc;

import org.jspecify.annotations.NullMarked;
