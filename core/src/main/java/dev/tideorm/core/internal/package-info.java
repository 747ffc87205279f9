/**
 * Internal helpers shared across TideORM modules. Not API: may change without notice.
 */
@NullMarked
package dev.tideorm.core.internal;

import org.jspecify.annotations.NullMarked;
