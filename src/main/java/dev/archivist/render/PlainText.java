package dev.archivist.render;

/**
 * The fast path for texts with no Markdown syntax at all (more than half of the corpus): the
 * HTML the parser would give, one paragraph with a break at every newline, made without it.
 * A test compares both paths on every corpus text.
 */
final class PlainText {

    /** Characters that may start inline syntax anywhere (and a CR, and the blank-line placeholder). */
    private static final String INLINE = "\\`*_[]!<>&~|\r" + NewlineToBr.HOLD;
    /** Characters that may start a block at the start of a line. */
    private static final String BLOCK = "-+=#";

    private PlainText() {
    }

    /** The HTML of a non-blank text as {@code newline_to_br | markdownify} gives it, or null when the text has syntax. */
    static String render(String text) {
        if (hasSyntax(text)) {
            return null;
        }
        StringBuilder joined = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            boolean last = end == text.length();
            // the line after a final newline shows nothing; blank lines before it show as breaks
            if (!(last && start > 0 && text.substring(start).isBlank())) {
                joined.append(start > 0 ? "\n" : "").append(stripSpacesAndTabs(text, start, end));
            }
            start = end + 1;
        }
        String smart = Html.escape(Typography.smarten(joined.toString()));
        return "<p>" + smart.replace("\n", "<br />\n") + "</p>\n";
    }

    private static boolean hasSyntax(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0 || lineStart && startsBlock(text, i)) {
                return true;
            }
            lineStart = c == '\n';
        }
        return false;
    }

    /** A list marker, heading, underline or code indentation at the line starting at {@code i}. */
    private static boolean startsBlock(String text, int i) {
        int spaces = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            spaces++;
            i++;
        }
        if (spaces >= 4 || i == text.length()) {
            return spaces >= 4;
        }
        char c = text.charAt(i);
        if (c == '\t' || BLOCK.indexOf(c) >= 0) {
            return true;
        }
        int digits = i;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        return digits > i && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')');
    }

    /** The parser trims spaces and tabs around paragraph lines, and no other white space. */
    private static String stripSpacesAndTabs(String text, int start, int end) {
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }
}
