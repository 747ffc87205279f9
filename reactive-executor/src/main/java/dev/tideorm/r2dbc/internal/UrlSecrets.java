package dev.tideorm.r2dbc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an R2DBC URL holds passwords, as written, so they can be masked whatever characters they contain
 * ({@code @ / ? ; : &}, raw or percent-encoded). Two kinds:
 * <ul>
 *   <li>the user info's password: from the first {@code :} after the authority's start to the <em>last</em>
 *       {@code @} that a host (or nothing, for H2) follows, then {@code /}, {@code ?}, {@code #}, {@code ;} or the
 *       end; when no {@code @} qualifies, the last {@code @} of the URL;</li>
 *   <li>{@code password=} options ({@code ?password=}, {@code &password=}, H2's {@code ;PASSWORD=}), up to the
 *       next {@code &name=} or {@code ;NAME=}, or the end.</li>
 * </ul>
 * When the text could be read either way (an {@code @} in a query value), more is masked, never less.
 */
final class UrlSecrets {
    private static final String HOST_NAME = "(?:\\[[^\\]/?#@]*\\]|[^\\s/?#@\\[\\];,&=:]*)(?::\\d*)?";
    /** A host list (possibly empty) that ends where the path, query, fragment or H2 settings start, or at the end. */
    private static final Pattern HOSTS = Pattern.compile(HOST_NAME + "(?:," + HOST_NAME + ")*(?=[/?#;]|$)");
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)[?&;]password=");
    private static final Pattern NEXT_OPTION = Pattern.compile("[&;][A-Za-z_][A-Za-z0-9_.-]*=");

    private UrlSecrets() {
    }

    /** The secret parts of {@code url} as {@code [start, end)} pairs, sorted and merged; empty parts left out. */
    static List<int[]> ranges(String url) {
        List<int[]> found = new ArrayList<>();
        userInfoPassword(url, found);
        passwordOptions(url, found);
        found.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else if (r[1] > r[0]) {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    /** The secret substrings of {@code url}, as written (percent-encoded where the URL encodes them). */
    static List<String> secrets(String url) {
        return ranges(url).stream().map(r -> url.substring(r[0], r[1])).toList();
    }

    /** {@code url} with each secret part replaced by {@code ***}. */
    static String mask(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        int pos = 0;
        for (int[] r : ranges(url)) {
            sb.append(url, pos, r[0]).append("***");
            pos = r[1];
        }
        return sb.append(url, pos, url.length()).toString();
    }

    private static void userInfoPassword(String url, List<int[]> out) {
        int slashes = url.indexOf("//");
        int from = slashes >= 0 ? slashes + 2 : url.indexOf('/') + 1;
        int at = userInfoEnd(url, from);
        if (at < 0) {
            return;
        }
        int colon = url.indexOf(':', from);
        if (colon >= 0 && colon < at) {
            out.add(new int[] {colon + 1, at});
        }
    }

    /** The last {@code @} at or after {@code from} that hosts follow, else the last one at all, else -1. */
    private static int userInfoEnd(String url, int from) {
        Matcher hosts = HOSTS.matcher(url);
        for (int i = url.lastIndexOf('@'); i >= from; i = url.lastIndexOf('@', i - 1)) {
            if (hosts.region(i + 1, url.length()).lookingAt()) {
                return i;
            }
        }
        int last = url.lastIndexOf('@');
        return last >= from ? last : -1;
    }

    private static void passwordOptions(String url, List<int[]> out) {
        Matcher option = PASSWORD_OPTION.matcher(url);
        Matcher next = NEXT_OPTION.matcher(url);
        while (option.find()) {
            int start = option.end();
            int end = next.find(start) ? next.start() : url.length();
            out.add(new int[] {start, end});
        }
    }
}
