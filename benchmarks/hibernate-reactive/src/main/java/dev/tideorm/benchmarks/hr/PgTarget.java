package dev.tideorm.benchmarks.hr;

/**
 * Where the PostgreSQL under test is: system properties {@code hr.host}, {@code hr.port}, {@code hr.database},
 * {@code hr.user}, {@code hr.password}; by default the project's local server, {@code postgres@127.0.0.1:5432/test}
 * with trust authentication.
 *
 * @param host     host name or address
 * @param port     TCP port
 * @param database database name
 * @param user     user name
 * @param password password, empty for trust authentication
 */
public record PgTarget(String host, int port, String database, String user, String password) {

    /** The target named by the system properties, or the local default. */
    public static PgTarget fromSystemProperties() {
        return new PgTarget(
                System.getProperty("hr.host", "127.0.0.1"),
                Integer.getInteger("hr.port", 5432),
                System.getProperty("hr.database", "test"),
                System.getProperty("hr.user", "postgres"),
                System.getProperty("hr.password", ""));
    }

    /** The URL form Hibernate Reactive reads from {@code jakarta.persistence.jdbc.url}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
