/**
 * Schema definitions as plain values: the tables the entities want ({@link dev.tideorm.schema.model.EntityTables})
 * and the tables the database has ({@link dev.tideorm.schema.model.LiveSchema}), in one vocabulary so that the diff
 * can compare them without I/O.
 */
@NullMarked
package dev.tideorm.schema.model;

import org.jspecify.annotations.NullMarked;
