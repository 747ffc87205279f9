/**
 * Reactive catalog discovery per dialect: tables, columns, primary keys, unique constraints and indexes (told
 * apart), and foreign keys with their actions, for the schemas the entities use.
 */
@NullMarked
package dev.tideorm.schema.introspect;

import org.jspecify.annotations.NullMarked;
