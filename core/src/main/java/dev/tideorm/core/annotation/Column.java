package dev.tideorm.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column options. Every component that is not a relation and not {@link Ignore}d is a column even without
 * this annotation; use it to remap the name or set DDL details.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Column {
    /** The column name. Defaults to the component name in snake_case. */
    String name() default "";

    /** Maximum length of a character column ({@code varchar(n)}); 0 means unlimited text. */
    int length() default 0;

    /** Precision of a {@code BigDecimal} column; 0 means the dialect default. */
    int precision() default 0;

    /** Scale of a {@code BigDecimal} column. */
    int scale() default 0;

    /** Store a {@code String} component as JSON. */
    boolean json() default false;

    /** Whether NULL is allowed. A JSpecify {@code @Nullable} type says the same. */
    boolean nullable() default false;

    /** A literal default value for the DDL ({@code DEFAULT 0}); numbers and booleans verbatim, text quoted. */
    String defaultValue() default "";

    /** A SQL expression default for the DDL, e.g. {@code CURRENT_TIMESTAMP}. */
    String defaultExpr() default "";
}
