/**
 * TideORM core: model.
 */
@NullMarked
package dev.tideorm.core.model;

import org.jspecify.annotations.NullMarked;
