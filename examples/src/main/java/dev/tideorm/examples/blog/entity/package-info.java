/**
 * The blog entities of SeaORM's reference schema ({@code tests/common/blogger}): users with a profile, posts,
 * comments, attachments, tags, and followers. The annotation processor generates {@code User_},
 * {@code UserActiveModel}, ... and the package index from these records.
 */
@NullMarked
package dev.tideorm.examples.blog.entity;

import org.jspecify.annotations.NullMarked;
