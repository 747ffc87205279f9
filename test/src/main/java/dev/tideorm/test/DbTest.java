package dev.tideorm.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A test that runs once per test database, each invocation named after it: {@code [PostgreSQL]},
 * {@code [H2]}. The method takes one {@link TestDb} parameter. Each test class gets its own PostgreSQL schema
 * and its own H2 database, dropped after the class; see {@link TestDatabases}.
 *
 * <pre>{@code
 * @DbTest
 * void insertsARow(TestDb db) {
 *     db.exec("CREATE TABLE \"cake\" (\"id\" INTEGER PRIMARY KEY, \"name\" VARCHAR(100))");
 *     ...
 *     assertThat(db.countRows("cake")).isEqualTo(1);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ParameterizedTest(name = "[{0}]", autoCloseArguments = false)
@ArgumentsSource(TestDatabases.class)
public @interface DbTest {
}
