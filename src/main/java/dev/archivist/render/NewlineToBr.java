package dev.archivist.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's {@code newline_to_br} filter, recast for commonmark: the site appends
 * {@code <br />} to every line before kramdown sees the text, so every newline is a line break,
 * no line is ever blank (paragraphs never split, a list swallows the lines after it) and no
 * line is a thematic break or a setext underline. We cannot insert raw {@code <br />} (raw HTML
 * is escaped), so blank lines are held open with a placeholder and break-like lines are
 * escaped; the tree step then turns soft line breaks into hard ones.
 *
 * <p>Fenced code blocks are left as they are: on the site the inserted {@code <br />} spoils the
 * fence (kramdown shows it as an inline code span with visible {@code <br />} text); we keep the
 * code block readable instead (see docs/decisions/render-like-the-site.md).
 */
final class NewlineToBr {

    /** Holds a blank line open; a Unicode noncharacter, removed from input and from output. */
    static final char HOLD = '\uFDD0';

    private static final Pattern FENCE_OPEN = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern BREAK_LIKE = Pattern.compile("^ {0,3}[-=*_][-=*_ \t]*$");

    private NewlineToBr() {
    }

    /** The text ready for the parser: blank lines held open, break-like lines escaped. */
    static String prepare(String text) {
        String[] lines = text.replace(String.valueOf(HOLD), "").split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 32);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (fence != null) {
                out.append(line);
                if (closes(line, fence)) {
                    fence = null;
                }
            } else if ((fence = opening(line)) != null) {
                out.append(line);
            } else if (line.isBlank()) {
                // a trailing newline adds no line on the site that shows
                out.append(i == lines.length - 1 ? "" : String.valueOf(HOLD));
            } else if (BREAK_LIKE.matcher(line).matches()) {
                out.append(line.replaceAll("([-=*_])", "\\\\$1"));
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /** The fence marker a line opens (as commonmark reads it), or null. */
    private static String opening(String line) {
        Matcher m = FENCE_OPEN.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String marker = m.group(1);
        boolean backticks = marker.charAt(0) == '`';
        return backticks && m.group(2).indexOf('`') >= 0 ? null : marker;
    }

    private static boolean closes(String line, String fence) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String marks = line.substring(indent).stripTrailing();
        return indent <= 3 && marks.length() >= fence.length()
                && marks.chars().allMatch(c -> c == fence.charAt(0));
    }
}
