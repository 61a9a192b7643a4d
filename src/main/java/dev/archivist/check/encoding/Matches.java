package dev.archivist.check.encoding;

import dev.archivist.check.SyntaxMatchers;

/**
 * The matches of one of {@link SyntaxMatchers}' patterns in a text, left to right, each tried in
 * place at the char it must start with: what {@link Finds#next} does with the pattern, by the
 * hand-written matcher.
 */
final class Matches {
    /** Where a match from {@code at} ends, or -1 (one of {@link SyntaxMatchers}' matchers). */
    interface Matcher {
        int end(String text, int at);
    }

    private final String text;
    private final char first;
    private final Matcher matcher;
    private int start = -1;
    private int end = -1;

    private Matches(String text, char first, Matcher matcher) {
        this.text = text;
        this.first = first;
        this.matcher = matcher;
    }

    /** The HTML entities of the text ({@link SyntaxMatchers#ENTITY}). */
    static Matches entities(String text) {
        return new Matches(text, '&', SyntaxMatchers::entityEnd);
    }

    /** The Slack shortcodes of the text ({@link SyntaxMatchers#SHORTCODE}). */
    static Matches shortcodes(String text) {
        return new Matches(text, ':', SyntaxMatchers::shortcodeEnd);
    }

    /** Moves to the next match at or after {@code from}; false when there is none. */
    boolean next(int from) {
        for (int i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
            int e = matcher.end(text, i);
            if (e >= 0) {
                start = i;
                end = e;
                return true;
            }
        }
        return false;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The match as written. */
    String group() {
        return text.substring(start, end);
    }

    /** A shortcode's name, between its first two colons. */
    String name() {
        return text.substring(start + 1, text.indexOf(':', start + 1));
    }
}
