/**
 * The smart entity loader: related rows requested with {@code Select.with(...)} are read without N+1 queries.
 * To-one relations with nothing nested under them are LEFT JOINed into the query of their parents; every other
 * relation is one query per level for all parents of that level ({@code fk = ANY($1)}), and the records are
 * stitched together bottom-up in memory.
 */
@NullMarked
package dev.tideorm.core.load;

import org.jspecify.annotations.NullMarked;
