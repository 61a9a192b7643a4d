package dev.archivist.io.write;

import dev.archivist.io.read.YamlResolver;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YScalar;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Rewrites an edited flow scalar (plain, single- or double-quoted) by changing only the part of
 * its source that writes the changed part of its value: what comes before and after stays as
 * written, escapes, folds and all, so a fix of one link in a long folded reply changes that link
 * and keeps the reply's {@code \xE9} and its other lines. Each candidate is read back alone and
 * used only when it holds the new value.
 */
final class ScalarSplice {
    /** How many times the changed part is widened by a piece on each side before giving up. */
    private static final int WIDENINGS = 3;

    private ScalarSplice() {
    }

    /**
     * The scalar's new text, or null when no splice reads back as the value (the caller then
     * writes it whole).
     *
     * @param end where the scalar's text ends in the source
     * @param indent column of continuation lines
     * @param width fold the changed part past this column; 0 never folds
     */
    static String rewrite(String source, YScalar old, int end, String value, String nl, int column, int indent,
                          int width) {
        int start = old.span().start();
        ScalarPieces read = ScalarPieces.read(source, start, end, old.style());
        if (read == null || !read.value().equals(old.value())) {
            return null;
        }
        String was = read.value();
        int prefix = commonPrefix(was, value);
        int suffix = commonSuffix(was, value, Math.min(was.length(), value.length()) - prefix);
        List<ScalarPieces.Piece> pieces = read.pieces();
        // the pieces wholly before the change, and wholly after it
        int first = 0;
        while (first < pieces.size() && pieces.get(first).valEnd() <= prefix) {
            first++;
        }
        int last = pieces.size() - 1;
        while (last >= 0 && pieces.get(last).valStart() >= was.length() - suffix) {
            last--;
        }
        boolean quoted = old.style() != ScalarStyle.PLAIN;
        int contentStart = quoted ? start + 1 : start;
        int contentEnd = quoted ? end - 1 : end;
        for (int widen = 0; widen <= WIDENINGS; widen++) {
            int a = Math.max(0, first - widen);
            int b = Math.min(pieces.size() - 1, last + widen);
            int srcFrom = a == 0 ? contentStart : pieces.get(a - 1).srcEnd();
            int valFrom = a == 0 ? 0 : pieces.get(a - 1).valEnd();
            int srcTo = b >= pieces.size() - 1 ? contentEnd : pieces.get(b + 1).srcStart();
            int valTo = b >= pieces.size() - 1 ? was.length() : pieces.get(b + 1).valStart();
            if (srcTo < srcFrom) {
                continue;
            }
            String middle = value.substring(valFrom, value.length() - (was.length() - valTo));
            int lineStart = sameLineStart(source, start, srcFrom);
            int at = (lineStart == start ? column : 0) + source.codePointCount(lineStart, srcFrom);
            String text = source.substring(start, srcFrom)
                    + fragment(middle, old.style(), nl, at, indent, width, read.escapes())
                    + source.substring(srcTo, end);
            if (value.equals(readBack(text, nl))) {
                return text;
            }
            if (a == 0 && b == pieces.size() - 1) {
                break;
            }
        }
        return null;
    }

    /** The value of a scalar's text written after a key, as SnakeYAML reads it; null when it is not one scalar. */
    static String readBack(String scalarText, String nl) {
        String yaml = "k: " + scalarText + nl;
        try {
            LoaderOptions options = new LoaderOptions();
            Node root = new Composer(new ParserImpl(new StreamReader(yaml), options), YamlResolver.INSTANCE, options).getSingleNode();
            if (root instanceof MappingNode m && m.getValue().size() == 1
                    && m.getValue().get(0).getValueNode() instanceof ScalarNode s) {
                return s.getValue();
            }
            return null;
        } catch (YAMLException e) {
            return null;
        }
    }

    /** Where the line holding {@code offset} starts, or {@code start} when that line is the scalar's first. */
    private static int sameLineStart(String source, int start, int offset) {
        int i = offset;
        while (i > start && source.charAt(i - 1) != '\n' && source.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /**
     * A part of a value written as it would stand inside the scalar at that column: without the
     * quotes, folded past the width, with the source's escapes kept.
     */
    private static String fragment(String part, ScalarStyle style, String nl, int column, int indent, int width,
                                   Map<Integer, String> escapes) {
        if (part.isEmpty()) {
            return "";
        }
        if (style == ScalarStyle.PLAIN) {
            return ScalarWriter.write(part, style, nl, column, indent, width);
        }
        String quoted = ScalarWriter.write(part, style, nl, column - 1, indent, width, escapes);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        // never between the two halves of a pair
        return i > 0 && i < n && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
    }

    private static int commonSuffix(String a, String b, int max) {
        int i = 0;
        while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i > 0 && i < max && Character.isLowSurrogate(a.charAt(a.length() - i)) ? i - 1 : i;
    }
}
