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
        String source = text.indexOf(HOLD) < 0 ? text : text.replace(String.valueOf(HOLD), "");
        if (source.indexOf('\n') < 0 && !BREAK_LIKE.matcher(source).matches()) {
            return source; // one line: nothing to hold open, the common case
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        String fence = null;
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            boolean last = end < 0;
            String line = source.substring(start, last ? source.length() : end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (fence != null) {
                out.append(line);
                fence = closes(line, fence) ? null : fence;
            } else if ((fence = opening(line)) != null) {
                out.append(line);
            } else {
                out.append(outsideFence(line, last));
            }
            if (last) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static String outsideFence(String line, boolean last) {
        if (line.isBlank()) {
            // a trailing newline adds no line on the site that shows
            return last ? "" : String.valueOf(HOLD);
        }
        if ("-=*_".indexOf(line.strip().charAt(0)) >= 0 && BREAK_LIKE.matcher(line).matches()) {
            return line.replaceAll("([-=*_])", "\\\\$1");
        }
        return line;
    }

    /** The fence marker a line opens (as commonmark reads it), or null. */
    private static String opening(String line) {
        if (line.indexOf("```") < 0 && line.indexOf("~~~") < 0) {
            return null;
        }
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
