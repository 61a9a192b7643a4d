package dev.archivist.render;

import java.util.regex.Pattern;

/**
 * The fast path for texts with no Markdown syntax at all (more than half of the corpus): the
 * HTML the parser would give, one paragraph with a break at every newline, made without it.
 * A test compares both paths on every corpus text.
 */
final class PlainText {

    /** Anything the parser could read as syntax: inline markers, block markers at a line start, indentation, a CR. */
    private static final Pattern SYNTAX = Pattern.compile(
            "[\\\\`*_\\[\\]!<>&~|\\r\\uFDD0]|(?m)^(?:[ \\t]*(?:[-+=#]|\\d+[.)])| {4}| {0,3}\\t)");

    private PlainText() {
    }

    /** The HTML of a non-blank text as {@code newline_to_br | markdownify} gives it, or null when the text has syntax. */
    static String render(String text) {
        if (SYNTAX.matcher(text).find()) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        // the line after a final newline shows nothing; blank lines before it show as breaks
        int count = lines[lines.length - 1].isBlank() ? lines.length - 1 : lines.length;
        StringBuilder joined = new StringBuilder(text.length());
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                joined.append('\n');
            }
            joined.append(stripSpacesAndTabs(lines[i]));
        }
        String html = Html.escape(Typography.smarten(joined.toString())).replace("\n", "<br />\n");
        return "<p>" + html + "</p>\n";
    }

    /** The parser trims spaces and tabs around paragraph lines, and no other white space. */
    private static String stripSpacesAndTabs(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        return line.substring(start, end);
    }
}
