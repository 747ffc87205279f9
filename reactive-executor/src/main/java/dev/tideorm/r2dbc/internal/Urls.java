package dev.tideorm.r2dbc.internal;

import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** R2DBC URL handling: parsing with clear errors, and a masked form (no password) for messages and logs. */
public final class Urls {
    private Urls() {
    }

    /**
     * {@code url} with every password replaced by {@code ***}: the whole user-info password, whatever characters
     * it holds ({@code r2dbc:postgresql://app:p@ss/w;rd?x@db/shop} → {@code r2dbc:postgresql://app:***@db/shop}),
     * and {@code password=} options, H2's {@code ;PASSWORD=} included. When the URL could be read either way, more
     * is masked, never less.
     */
    public static String mask(String url) {
        return UrlSecrets.mask(url);
    }

    /**
     * The passwords of a connection, to {@link #redact} from text: the secret parts of {@code url} as written, the
     * password the options hold (decoded from the URL or given as a driver option), and the host and database the
     * driver read from inside a secret part. The last happens when a password holds an unencoded {@code /} or
     * {@code @}: {@code app:p@ss/w;rd?x@db/shop} is read by R2DBC as host {@code ss}, which the driver's
     * messages then name.
     */
    public static List<String> secrets(String url, ConnectionFactoryOptions options) {
        List<String> inUrl = UrlSecrets.secrets(url);
        List<String> out = new ArrayList<>(inUrl);
        String password = text(options.getValue(ConnectionFactoryOptions.PASSWORD));
        if (!password.isEmpty()) {
            out.add(password);
        }
        for (Option<?> o : List.of(ConnectionFactoryOptions.HOST, ConnectionFactoryOptions.DATABASE)) {
            String value = text(options.getValue(o));
            if (!value.isEmpty() && inUrl.stream().anyMatch(secret -> secret.contains(value))) {
                out.add(value);
            }
        }
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * {@code text}, typically a driver's message, with {@code url} masked and each of {@code secrets} (from
     * {@link #secrets}) replaced by {@code ***}.
     */
    public static String redact(String text, String url, List<String> secrets) {
        String out = text.replace(url, mask(url));
        for (String secret : secrets) {
            out = out.replace(secret, "***");
        }
        return out;
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
            String why = redact(String.valueOf(e.getMessage()).replace(u, mask(u)), url, UrlSecrets.secrets(url));
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
