package dev.archivist.io;

import dev.archivist.model.ScalarStyle;

/**
 * Writes one scalar's text in a given style. Folding follows PyYAML's emitter rule for rule
 * (break at a single space once past the width), so a PyYAML-folded scalar that is edited keeps
 * its untouched lines byte for byte.
 */
final class ScalarWriter {
    private final StringBuilder out = new StringBuilder();
    private final String lineSeparator;
    private final int indent;
    private final int width;
    private int column;

    /**
     * @param column 0-based column where the scalar starts
     * @param indent column of continuation lines and of literal block content
     * @param width fold past this column; 0 never folds
     */
    private ScalarWriter(String lineSeparator, int column, int indent, int width) {
        this.lineSeparator = lineSeparator;
        this.column = column;
        this.indent = indent;
        this.width = width;
    }

    /** The scalar in the style, which the caller has checked can hold it. */
    static String write(String value, ScalarStyle style, String lineSeparator, int column, int indent, int width) {
        ScalarWriter w = new ScalarWriter(lineSeparator, column, indent, width);
        switch (style) {
            case PLAIN -> w.plain(value);
            case SINGLE_QUOTED -> w.singleQuoted(value);
            case DOUBLE_QUOTED -> w.doubleQuoted(value);
            default -> w.literal(value);
        }
        return w.out.toString();
    }

    private boolean folding() {
        return width > 0;
    }

    private void text(String s) {
        out.append(s);
        column += s.codePointCount(0, s.length());
    }

    private void lineBreak() {
        out.append(lineSeparator);
        column = 0;
    }

    private void indentTo() {
        while (column < indent) {
            out.append(' ');
            column++;
        }
    }

    private void newLineIndented() {
        lineBreak();
        indentTo();
    }

    private void plain(String v) {
        int start = 0;
        int n = v.length();
        int i = 0;
        while (i < n) {
            if (v.charAt(i) == ' ') {
                boolean single = (i + 1 < n && v.charAt(i + 1) != ' ') && (i == 0 || v.charAt(i - 1) != ' ');
                text(v.substring(start, i));
                if (single && folding() && column > width) {
                    newLineIndented();
                } else {
                    text(" ");
                }
                start = i + 1;
            }
            i++;
        }
        text(v.substring(start));
    }

    private void singleQuoted(String v) {
        text("'");
        int n = v.length();
        int start = 0;
        int end = 0;
        boolean spaces = false;
        boolean breaks = false;
        while (end <= n) {
            char ch = end < n ? v.charAt(end) : 0;
            boolean atEnd = end == n;
            if (spaces) {
                if (atEnd || ch != ' ') {
                    if (start + 1 == end && folding() && column > width && start != 0 && end != n) {
                        newLineIndented();
                    } else {
                        text(v.substring(start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (atEnd || ch != '\n') {
                    if (v.charAt(start) == '\n') {
                        lineBreak();
                    }
                    for (int k = start; k < end; k++) {
                        lineBreak();
                    }
                    indentTo();
                    start = end;
                }
            } else if (atEnd || ch == ' ' || ch == '\n' || ch == '\'') {
                if (start < end) {
                    text(v.substring(start, end));
                    start = end;
                }
            }
            if (!atEnd && ch == '\'') {
                text("''");
                start = end + 1;
            }
            if (!atEnd) {
                spaces = ch == ' ';
                breaks = ch == '\n';
            }
            end++;
        }
        text("'");
    }

    private void doubleQuoted(String v) {
        text("\"");
        int n = v.length();
        int start = 0;
        int end = 0;
        while (end <= n) {
            char ch = end < n ? v.charAt(end) : 0;
            boolean atEnd = end == n;
            boolean pair = !atEnd && Character.isHighSurrogate(ch) && end + 1 < n && Character.isLowSurrogate(v.charAt(end + 1));
            if (atEnd || ch == '"' || ch == '\\' || (!pair && (ScalarRules.needsEscape(ch) || ch == '\n' || ch == '\t'
                    || Character.isSurrogate(ch)))) {
                if (start < end) {
                    text(v.substring(start, end));
                    start = end;
                }
                if (!atEnd) {
                    text(escape(ch));
                    start = end + 1;
                }
            }
            if (folding() && end > 0 && end < n - 1 && (ch == ' ' || start >= end)
                    && column + v.codePointCount(start, end) > width) {
                String data = v.substring(start, end) + "\\";
                if (start < end) {
                    start = end;
                }
                text(data);
                newLineIndented();
                if (v.charAt(start) == ' ') {
                    text("\\");
                }
            }
            end += pair ? 2 : 1;
        }
        text("\"");
    }

    static String escape(char c) {
        return switch (c) {
            case 0 -> "\\0";
            case 0x07 -> "\\a";
            case 0x08 -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case 0x0B -> "\\v";
            case 0x0C -> "\\f";
            case '\r' -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0xA0 -> "\\_";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
        };
    }

    private void literal(String v) {
        String hints = blockHints(v);
        text("|" + hints);
        int n = v.length();
        int lineStart = 0;
        // the final line break of a clip or keep block is the scalar's; the writer leaves it to the caller
        int stop = hints.endsWith("-") ? n : n - 1;
        lineBreak();
        while (lineStart <= stop) {
            int nl = v.indexOf('\n', lineStart);
            if (nl < 0 || nl > stop) {
                nl = stop;
            }
            if (nl > lineStart) {
                indentTo();
                text(v.substring(lineStart, nl));
            }
            if (nl >= stop) {
                break;
            }
            lineBreak();
            lineStart = nl + 1;
        }
    }

    private String blockHints(String v) {
        String hints = "";
        int firstContent = 0;
        while (firstContent < v.length() && v.charAt(firstContent) == '\n') {
            firstContent++;
        }
        if (firstContent < v.length() && v.charAt(firstContent) == ' ') {
            hints = "2";
        }
        if (!v.endsWith("\n")) {
            return hints + "-";
        }
        return v.length() >= 2 && v.charAt(v.length() - 2) == '\n' ? hints + "+" : hints;
    }
}
