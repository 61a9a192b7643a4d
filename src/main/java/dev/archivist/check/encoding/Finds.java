package dev.archivist.check.encoding;

import java.util.regex.Matcher;

/**
 * Regex matches that start with a known character, found by {@code indexOf} first and matched
 * in place: several times cheaper than {@link Matcher#find()} over long texts, which tries the
 * pattern at every position.
 */
final class Finds {

    private Finds() {
    }

    /**
     * Advances {@code m} to the next match at or after {@code from} that starts with {@code first};
     * false when there is none. Bounds are transparent so lookbehinds see the text before.
     */
    static boolean next(Matcher m, String text, char first, int from) {
        for (int i = text.indexOf(first, from); i >= 0; i = text.indexOf(first, i + 1)) {
            m.region(i, text.length()).useTransparentBounds(true);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
