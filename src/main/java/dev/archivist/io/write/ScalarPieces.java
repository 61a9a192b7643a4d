package dev.archivist.io.write;

import dev.archivist.io.read.FrontMatterSplit;
import dev.archivist.model.ScalarStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow scalar's source (plain, single- or double-quoted) read piece by piece: each piece of
 * source text and the chars of the value it writes. A piece is a char, an escape ({@code \xE9},
 * {@code ''}), or a line break with the blanks around it (a fold: a space, or line feeds when
 * blank lines follow it; nothing after a {@code \}). Only guides {@link ScalarSplice}, which
 * reads what it writes back before using it.
 */
final class ScalarPieces {

    /** Source [srcStart, srcEnd) writes value [valStart, valEnd). */
    record Piece(int srcStart, int srcEnd, int valStart, int valEnd, boolean fold) {
    }

    private final List<Piece> pieces;
    private final String value;
    /** The escapes the source wrote, by the code point they stand for ({@code é} → {@code \xE9}). */
    private final Map<Integer, String> escapes;

    private ScalarPieces(List<Piece> pieces, String value, Map<Integer, String> escapes) {
        this.pieces = pieces;
        this.value = value;
        this.escapes = escapes;
    }

    List<Piece> pieces() {
        return pieces;
    }

    String value() {
        return value;
    }

    Map<Integer, String> escapes() {
        return escapes;
    }

    /**
     * Reads the scalar written in {@code source[start, end)}; null when it holds something this
     * reader does not know (the scalar is then written whole).
     */
    static ScalarPieces read(String source, int start, int end, ScalarStyle style) {
        if (style != ScalarStyle.PLAIN && style != ScalarStyle.SINGLE_QUOTED && style != ScalarStyle.DOUBLE_QUOTED) {
            return null;
        }
        boolean quoted = style != ScalarStyle.PLAIN;
        int from = quoted ? start + 1 : start;
        int to = quoted ? end - 1 : end;
        if (to < from || quoted && source.charAt(end - 1) != source.charAt(start)) {
            return null;
        }
        List<Piece> out = new ArrayList<>();
        Map<Integer, String> escapes = new HashMap<>();
        StringBuilder value = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            int v = value.length();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                int fold = fold(source, i, to, value);
                if (fold > i) {
                    out.add(new Piece(i, fold, v, value.length(), true));
                    i = fold;
                    continue;
                }
                value.append(c);
                out.add(new Piece(i, i + 1, v, v + 1, false));
                i++;
            } else if (style == ScalarStyle.SINGLE_QUOTED && c == '\'') {
                if (i + 1 >= to || source.charAt(i + 1) != '\'') {
                    return null;
                }
                value.append('\'');
                out.add(new Piece(i, i + 2, v, v + 1, false));
                i += 2;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '\\') {
                int next = escape(source, i, to, value);
                if (next < 0) {
                    return null;
                }
                // the escapes of chars a writer would not escape for the syntax's sake: é, “, 😂, NBSP, tab...
                boolean escapedBreak = source.charAt(i + 1) == '\n' || source.charAt(i + 1) == '\r';
                if (!escapedBreak && value.length() > v && " \"/\\".indexOf(value.charAt(v)) < 0) {
                    escapes.putIfAbsent(value.codePointAt(v), source.substring(i, next));
                }
                out.add(new Piece(i, next, v, value.length(), value.length() == v));
                i = next;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && c == '"') {
                return null; // not one scalar
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null; // YAML 1.1 line breaks, folded as SnakeYAML folds them: left to a whole rewrite
            } else {
                int n = Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
                value.append(source, i, i + n);
                out.add(new Piece(i, i + n, v, v + n, false));
                i += n;
            }
        }
        return new ScalarPieces(out, value.toString(), escapes);
    }

    /**
     * Reads a fold at {@code i} (blanks, a line break, blank lines, the next line's indent) and
     * appends what it means; returns {@code i} when the blanks there are not before a line break.
     */
    private static int fold(String s, int i, int to, StringBuilder value) {
        int j = i;
        while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        if (j >= to || s.charAt(j) != '\n' && s.charAt(j) != '\r') {
            return i;
        }
        int breaks = 0;
        while (j < to && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
            j = FrontMatterSplit.nextLine(s, j);
            breaks++;
            while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
        }
        value.append(breaks == 1 ? " " : "\n".repeat(breaks - 1));
        return j;
    }

    /** Decodes the escape at {@code i} (its backslash); returns the offset after it, or -1. */
    private static int escape(String s, int i, int to, StringBuilder value) {
        if (i + 1 >= to) {
            return -1;
        }
        char c = s.charAt(i + 1);
        if (c == '\n' || c == '\r') {
            // an escaped line break is nothing, nor is the next line's indent; each empty line after it is a line feed
            int j = FrontMatterSplit.nextLine(s, i + 1);
            while (true) {
                while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    j++;
                }
                if (j >= to || s.charAt(j) != '\n' && s.charAt(j) != '\r') {
                    return j;
                }
                value.append('\n');
                j = FrontMatterSplit.nextLine(s, j);
            }
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits > 0) {
            if (i + 2 + digits > to) {
                return -1;
            }
            try {
                value.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 2 + digits), 16));
            } catch (IllegalArgumentException e) {
                return -1;
            }
            return i + 2 + digits;
        }
        String simple = "0abt\tnvfre \"/\\N_LP";
        String means = "\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029";
        int k = simple.indexOf(c);
        if (k < 0) {
            return -1;
        }
        value.append(means.charAt(k));
        return i + 2;
    }
}
