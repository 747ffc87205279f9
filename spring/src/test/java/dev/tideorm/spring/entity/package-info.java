@NullMarked
package dev.tideorm.spring.entity;

import org.jspecify.annotations.NullMarked;
