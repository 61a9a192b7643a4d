package dev.archivist.check.encoding;

import dev.archivist.model.Kind;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code encoding.lookalike-char}: the Unicode hyphens that fonts draw as the keyboard's
 * hyphen-minus (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash), pasted from word
 * processors and AI tools. They break search, copy and paste of commands and names, and the
 * site's slugs; each is replaced by {@code -}. En and em dashes, minus signs and the typographic
 * quotes are real punctuation and stay (decision 0020).
 */
final class LookalikeChars {

    private LookalikeChars() {
    }

    static boolean candidate(char c) {
        return c >= '\u2010' && c <= '\u2012';
    }

    static void check(ScalarText s) {
        if (!s.has(ScalarText.LOOKALIKE)) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        int first = -1;
        for (int i = 0; i < s.value.length(); i++) {
            char c = s.value.charAt(i);
            if (candidate(c)) {
                names.add(name(c));
                first = first < 0 ? i : first;
            }
        }
        String fixed = fix(s.value);
        s.reportSafe(Kind.LOOKALIKE_CHAR, String.join(", ", names) + " where the page means -", fixed,
                new Fragments.Change(first, first + 1, first + 1), LookalikeChars::fix);
    }

    /** The value with every look-alike hyphen replaced by {@code -}. Pure and idempotent. */
    static String fix(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            if (candidate(value.charAt(i))) {
                out = out == null ? new StringBuilder(value) : out;
                out.setCharAt(i, '-');
            }
        }
        return out == null ? value : out.toString();
    }

    private static String name(char c) {
        return switch (c) {
            case '\u2010' -> "hyphen U+2010";
            case '\u2011' -> "non-breaking hyphen U+2011";
            default -> "figure dash U+2012";
        };
    }
}
