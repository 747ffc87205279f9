package dev.tideorm.test;

import java.util.ArrayList;
import java.util.List;

/**
 * Which test databases the class path can reach: TideORM's drivers are optional dependencies, so a build holds
 * the ones its authors picked. {@link TestDatabases} offers only the databases whose driver is present; a
 * database whose driver is absent is left out (not skipped, not failed, even with {@code TIDE_REQUIRE_PG=1}).
 */
final class TestDrivers {
    private static final String POSTGRES_DRIVER = "io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider";
    private static final String H2_DRIVER = "io.r2dbc.h2.H2ConnectionFactoryProvider";
    private static final String H2_ENGINE = "org.h2.Driver";

    private TestDrivers() {
    }

    /** Whether the driver of {@code kind} (for H2: r2dbc-h2 and the H2 engine) is on the class path. */
    static boolean present(TestDb.Kind kind) {
        return kind == TestDb.Kind.POSTGRES ? loadable(POSTGRES_DRIVER) : loadable(H2_DRIVER) && loadable(H2_ENGINE);
    }

    /** The Maven coordinates that bring the driver of {@code kind}. */
    static String artifacts(TestDb.Kind kind) {
        return kind == TestDb.Kind.POSTGRES ? "org.postgresql:r2dbc-postgresql"
                : "io.r2dbc:r2dbc-h2 and com.h2database:h2";
    }

    /** The message for a build that reaches none of the selected databases. */
    static String noneMessage(List<TestDb.Kind> selected) {
        List<String> wanted = new ArrayList<>();
        for (TestDb.Kind k : selected) {
            wanted.add(artifacts(k));
        }
        return "@DbTest has no test database: no R2DBC driver of " + selected + " is on the test class path. "
                + "Add " + String.join(", or ", wanted) + " (test scope) next to dev.tideorm:tideorm-test";
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, TestDrivers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
