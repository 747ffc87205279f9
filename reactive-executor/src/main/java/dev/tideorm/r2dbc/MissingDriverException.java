package dev.tideorm.r2dbc;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The R2DBC URL names a driver TideORM knows (PostgreSQL, H2) whose jar is not on the class path. TideORM's
 * drivers are optional dependencies: a build declares the one(s) it uses, and this error names what to add.
 */
public final class MissingDriverException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String driver;
    private final String artifacts;

    private MissingDriverException(String url, String driver, String artifacts) {
        super("cannot use R2DBC URL '" + url + "': the " + driver + " driver is not on the class path; add "
                + artifacts + " to your build (TideORM's drivers are optional dependencies)");
        this.driver = driver;
        this.artifacts = artifacts;
    }

    /**
     * The error for {@code maskedUrl} whose driver (the URL's driver part, or its protocol after {@code pool})
     * is {@code driverName}, or null when TideORM does not know that driver.
     */
    static @Nullable MissingDriverException forDriver(String maskedUrl, @Nullable String driverName) {
        String n = driverName == null ? "" : driverName.toLowerCase(Locale.ROOT);
        if (n.startsWith("postgres")) {
            return new MissingDriverException(maskedUrl, "PostgreSQL", "org.postgresql:r2dbc-postgresql");
        }
        if (n.equals("h2")) {
            return new MissingDriverException(maskedUrl, "H2", "io.r2dbc:r2dbc-h2 and com.h2database:h2");
        }
        return null;
    }

    /** The database whose driver is missing: {@code PostgreSQL} or {@code H2}. */
    public String driver() {
        return driver;
    }

    /** The Maven coordinates to add, e.g. {@code org.postgresql:r2dbc-postgresql}. */
    public String artifacts() {
        return artifacts;
    }
}
