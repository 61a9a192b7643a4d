package dev.archivist.check.links;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The globs of {@code tracking-rules.yml} ({@code utm_*}, {@code /gp/search*}), matched as the
 * regular expression they stand for: each {@code *} any run of characters but line terminators,
 * everything else literal, ASCII letters without regard to case when asked.
 */
final class Globs {
    /** Any of the globs, or null for none. */
    private final Pattern any;
    private final boolean star;

    private Globs(Pattern any, boolean star) {
        this.any = any;
        this.star = star;
    }

    static Globs of(List<String> globs, boolean ignoreCase) {
        if (globs.isEmpty()) {
            return new Globs(null, false);
        }
        StringJoiner any = new StringJoiner("|");
        for (String glob : globs) {
            any.add("(?:" + source(glob) + ")");
        }
        return new Globs(Pattern.compile(any.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0), globs.contains("*"));
    }

    /** The regular expression a glob stands for. */
    static Pattern regex(String glob, boolean ignoreCase) {
        return Pattern.compile(source(glob), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    private static String source(String glob) {
        StringJoiner regex = new StringJoiner(".*");
        for (String part : glob.split("\\*", -1)) {
            regex.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return regex.toString();
    }

    boolean isEmpty() {
        return any == null;
    }

    /** True when one of the globs is {@code *} alone. */
    boolean hasStar() {
        return star;
    }

    boolean matches(String text) {
        return any != null && any.matcher(text).matches();
    }
}
