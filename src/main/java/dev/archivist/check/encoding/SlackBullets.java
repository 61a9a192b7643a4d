package dev.archivist.check.encoding;

import dev.archivist.model.Kind;

/**
 * {@code encoding.slack-bullet}: Slack exports its list levels as {@code •}, {@code ◦} and
 * {@code ▪} at line starts. They become Markdown list items, nested by the level the bullet
 * stands for (• first, ◦ second, ▪ third), two spaces per level so that each item sits inside
 * the content of a {@code - } item above it. Code is left alone.
 */
final class SlackBullets {
    private static final String BULLETS = "•◦▪";

    private SlackBullets() {
    }

    static void check(ScalarText s) {
        if (!s.markdown || !s.has(ScalarText.BULLET)) {
            return;
        }
        String fixed = convert(s.value, s.regions());
        if (!fixed.equals(s.value)) {
            s.reportSafe(Kind.SLACK_BULLET, "Slack bullets (• ◦ ▪) instead of Markdown list items", fixed,
                    v -> convert(v, TextRegions.of(v, true)));
        }
    }

    private static boolean mayContain(String value) {
        for (int i = 0; i < BULLETS.length(); i++) {
            if (value.indexOf(BULLETS.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text with every bullet line outside code turned into a list item. Pure and idempotent. */
    static String convert(String value, TextRegions regions) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        Levels levels = new Levels();
        boolean changed = false;
        for (int lineStart = 0; lineStart <= value.length(); ) {
            int lineEnd = value.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? value.length() : lineEnd;
            int marker = bulletAt(value, lineStart, lineEnd);
            if (marker >= 0 && regions.prose(marker)) {
                int text = skipBlanks(value, marker + 1, lineEnd);
                int level = levels.bullet(BULLETS.indexOf(value.charAt(marker)));
                out.append("  ".repeat(level)).append("- ").append(value, text, lineEnd);
                changed = true;
            } else {
                out.append(value, lineStart, lineEnd);
                levels.other(listLevel(value, lineStart, lineEnd));
            }
            if (lineEnd < value.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return changed ? out.toString() : value;
    }

    /**
     * Output levels of a run of bullets: the first sits at most one level below the line above;
     * the others keep their distance to it, as Slack's levels say.
     */
    private static final class Levels {
        private int previous = -1;
        private int shift = Integer.MIN_VALUE;

        int bullet(int slackLevel) {
            int level = shift == Integer.MIN_VALUE ? Math.min(slackLevel, previous + 1)
                    : Math.max(0, Math.min(slackLevel - shift, previous + 1));
            shift = slackLevel - level;
            previous = level;
            return level;
        }

        /** Any other line: a list item at {@code level}, or -1. */
        void other(int level) {
            previous = level;
            shift = Integer.MIN_VALUE;
        }
    }

    private static int skipBlanks(String value, int from, int end) {
        int i = from;
        while (i < end && (value.charAt(i) == ' ' || value.charAt(i) == '\t' || value.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** The nesting level of a Markdown list item line (two spaces a level), or -1 for any other line. */
    private static int listLevel(String value, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && value.charAt(i) == ' ') {
            i++;
        }
        int digits = i;
        while (digits < lineEnd && Character.isDigit(value.charAt(digits))) {
            digits++;
        }
        int marker = digits > i && digits < lineEnd && (value.charAt(digits) == '.' || value.charAt(digits) == ')')
                ? digits : i;
        boolean item = marker + 1 < lineEnd && "-*+.)".indexOf(value.charAt(marker)) >= 0
                && value.charAt(marker + 1) == ' ';
        return item ? (i - lineStart) / 2 : -1;
    }

    /** Index of a bullet that starts the line after blanks and is followed by a blank, or -1. */
    private static int bulletAt(String value, int lineStart, int lineEnd) {
        int i = skipBlanks(value, lineStart, lineEnd);
        boolean bullet = i + 1 < lineEnd && BULLETS.indexOf(value.charAt(i)) >= 0;
        char next = bullet ? value.charAt(i + 1) : 'x';
        return bullet && (next == ' ' || next == '\t' || next == '\u00A0') ? i : -1;
    }
}
