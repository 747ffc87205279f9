/**
 * TideORM on R2DBC: {@link dev.tideorm.r2dbc.Database} (a pooled {@link dev.tideorm.core.conn.DbConn}),
 * {@link dev.tideorm.r2dbc.Transaction} (a connection-bound one, savepoints for nesting), the options they
 * are built from, the {@link dev.tideorm.r2dbc.StatementListener} that observes every executed statement, and
 * {@link dev.tideorm.r2dbc.TransactionRetry}, which re-runs transactions that lost a conflict with concurrent ones.
 */
@NullMarked
package dev.tideorm.r2dbc;

import org.jspecify.annotations.NullMarked;
