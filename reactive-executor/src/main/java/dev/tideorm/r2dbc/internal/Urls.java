package dev.tideorm.r2dbc.internal;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.util.Map;

/** R2DBC URL handling: parsing with clear errors, and a masked form (no password) for messages and logs. */
public final class Urls {
    private Urls() {
    }

    /** {@code url} with any password replaced by {@code ***}: in the user info and in a {@code password} option. */
    public static String mask(String url) {
        return url.replaceAll("([:/])([^:/@?;]*):[^@/?;]*@", "$1$2:***@")
                .replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }

    /**
     * Parses {@code url} and applies {@code extra} options on top. A {@code r2dbc:pool:<driver>:...} URL is
     * read as {@code r2dbc:<driver>:...}: TideORM pools connections itself.
     *
     * @throws IllegalArgumentException naming the problem, with the URL masked
     */
    public static ConnectionFactoryOptions parse(String url, Map<String, Object> extra) {
        String u = url.startsWith("r2dbc:pool:") ? "r2dbc:" + url.substring("r2dbc:pool:".length()) : url;
        ConnectionFactoryOptions options;
        try {
            options = ConnectionFactoryOptions.parse(u);
        } catch (RuntimeException e) {
            // The driver's message may quote the URL, password included: mask it, and keep no cause.
            String why = String.valueOf(e.getMessage()).replace(u, mask(u)).replace(url, mask(url));
            throw new IllegalArgumentException("malformed R2DBC URL '" + mask(url) + "': " + why
                    + " (expected r2dbc:postgresql://user@host:5432/database, r2dbc:h2:mem:///name or "
                    + "r2dbc:h2:file:///path)");
        }
        if (extra.isEmpty()) {
            return options;
        }
        ConnectionFactoryOptions.Builder b = options.mutate();
        extra.forEach((name, value) -> b.option(Option.valueOf(name), value));
        return b.build();
    }
}
