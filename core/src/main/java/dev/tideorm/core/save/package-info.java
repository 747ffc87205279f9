/**
 * Writing models: single rows and whole graphs (nested save), and cascade delete. {@link dev.tideorm.core.save.Writes}
 * is what generated active models call; the rest is the planner (pure: {@code SaveGraph}, {@code SavePlanner})
 * and its executor over a {@link dev.tideorm.core.conn.DbConn}.
 */
@NullMarked
package dev.tideorm.core.save;

import org.jspecify.annotations.NullMarked;
