/**
 * TideORM's annotation processor: {@code @Entity} records in, metamodels ({@code Cake_}), active models
 * ({@code CakeActiveModel}) and the entity index out. Pipeline: {@code analyze} (elements to models and
 * problems), {@code model} (the records in between), {@code emit} (JavaPoet).
 */
@NullMarked
package dev.tideorm.codegen;

import org.jspecify.annotations.NullMarked;
