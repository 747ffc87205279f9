/**
 * Emission with JavaPoet: the metamodel ({@code Cake_}), the active model ({@code CakeActiveModel}) and the
 * package index ({@code TideEntityIndex_}). Generated code holds data and accessors; behaviour lives in core.
 */
@NullMarked
package dev.tideorm.codegen.emit;

import org.jspecify.annotations.NullMarked;
