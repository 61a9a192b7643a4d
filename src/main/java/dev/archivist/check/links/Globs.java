package dev.archivist.check.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The globs of {@code tracking-rules.yml} ({@code utm_*}, {@code /gp/search*}), matched as the
 * regular expressions they stand for, {@link #regex}: each {@code *} any run of characters but
 * line terminators, everything else literal, ASCII letters without regard to case when asked
 * (as {@link Pattern#CASE_INSENSITIVE} does). Without the regex engine: every query parameter of
 * every link was tried against the 36 global names one pattern at a time, and the engine run by
 * the quick compiler made that a tenth of cleaning a URL. {@code GlobsTest} holds it to the
 * patterns.
 */
final class Globs {
    private static final Globs NONE = new Globs(Set.of(), List.of(), List.of(), false, false);

    /** The globs without a star, as the text must read (in lower case when without regard to case). */
    private final Set<String> exact;
    /** The globs with stars, cut at them (in lower case when without regard to case). */
    private final List<String[]> starred;
    /** Globs holding a line terminator, which only the regex engine reads exactly as written. */
    private final List<Pattern> others;
    private final boolean ignoreCase;
    private final boolean star;

    private Globs(Set<String> exact, List<String[]> starred, List<Pattern> others, boolean ignoreCase, boolean star) {
        this.exact = exact;
        this.starred = starred;
        this.others = others;
        this.ignoreCase = ignoreCase;
        this.star = star;
    }

    static Globs of(List<String> globs, boolean ignoreCase) {
        if (globs.isEmpty()) {
            return NONE;
        }
        Set<String> exact = new HashSet<>();
        List<String[]> starred = new ArrayList<>();
        List<Pattern> others = new ArrayList<>();
        boolean star = false;
        for (String glob : globs) {
            star |= glob.equals("*");
            if (hasTerminator(glob)) {
                others.add(regex(glob, ignoreCase));
                continue;
            }
            String g = ignoreCase ? asciiLower(glob) : glob;
            if (g.indexOf('*') < 0) {
                exact.add(g);
            } else {
                starred.add(g.split("\\*", -1));
            }
        }
        return new Globs(Set.copyOf(exact), List.copyOf(starred), List.copyOf(others), ignoreCase, star);
    }

    /** The regular expression a glob stands for. */
    static Pattern regex(String glob, boolean ignoreCase) {
        StringJoiner regex = new StringJoiner(".*");
        for (String part : glob.split("\\*", -1)) {
            regex.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    boolean isEmpty() {
        return exact.isEmpty() && starred.isEmpty() && others.isEmpty();
    }

    /** True when one of the globs is {@code *} alone. */
    boolean hasStar() {
        return star;
    }

    boolean matches(String text) {
        for (Pattern p : others) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        // a line terminator is in no glob left, and no star stands for one
        if (hasTerminator(text)) {
            return false;
        }
        String t = ignoreCase ? asciiLower(text) : text;
        if (exact.contains(t)) {
            return true;
        }
        for (String[] parts : starred) {
            if (matches(t, parts)) {
                return true;
            }
        }
        return false;
    }

    /** A glob with at least one star, cut at its stars: the first part starts the text, the last ends it, the rest in order between. */
    private static boolean matches(String t, String[] parts) {
        String first = parts[0];
        String last = parts[parts.length - 1];
        int limit = t.length() - last.length();
        if (limit < first.length() || !t.startsWith(first) || !t.endsWith(last)) {
            return false;
        }
        int at = first.length();
        for (int i = 1; i < parts.length - 1; i++) {
            // the leftmost place of each part leaves the most room for the ones after it
            int found = t.indexOf(parts[i], at);
            if (found < 0 || found + parts[i].length() > limit) {
                return false;
            }
            at = found + parts[i].length();
        }
        return true;
    }

    /** The characters {@code .} does not match in a Java regex without flags. */
    private static boolean hasTerminator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** ASCII letters in lower case, every other char as it is: what {@link Pattern#CASE_INSENSITIVE} compares. */
    static String asciiLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }
}
