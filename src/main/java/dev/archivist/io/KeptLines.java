package dev.archivist.io;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import java.util.Arrays;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Rewrites an edited multi-line flow scalar (plain or quoted) keeping its leading source lines
 * verbatim while they still hold the start of the new value, so a change near the end of a long
 * folded reply changes only its last lines, whatever escapes and folding the original writer
 * used. Only the rest is written again, folded at the width.
 */
final class KeptLines {
    private static final LoaderOptions OPTIONS = new LoaderOptions();
    /** Read-only once built, so one is shared. */

    private KeptLines() {
    }

    /**
     * The scalar's new text, or null when no leading line can be kept.
     *
     * @param indent column of continuation lines
     * @param rewritten the scalar written whole, which is kept when it already keeps the leading lines;
     *                  asked only when it may (writing it is a third of the work on a long archive)
     * @param checked whether each candidate is read back alone before it is taken; false for a caller
     *                that reads the whole document back and writes again checked when that fails
     */
    static String rewrite(String source, YScalar old, String value, ScalarStyle style, String nl, int indent, int width,
            Supplier<String> rewritten, boolean checked) {
        if (style != old.style() || style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            return null;
        }
        int start = old.span().start();
        // the scalar's chars, read once: char by char, a large document's String is slow to index
        char[] chars = new char[old.span().end() - start];
        source.getChars(start, old.span().end(), chars, 0);
        int[] lineEnds = lineEnds(chars);
        if (lineEnds.length == 0) {
            return null;
        }
        FlowHeads heads;
        try {
            heads = FlowHeads.read(chars, lineEnds, style, value);
        } catch (RuntimeException e) {
            return null; // an escape it cannot read: the whole scalar is written again
        }
        // the whole rewrite keeps every leading line only if the value still starts with what they
        // hold (those lines of it read as they read in the source): else it is not written here.
        // When reading stopped at an earlier line, the value already leaves the source there, so
        // the whole rewrite, which reads as the value, cannot hold that line as the source does
        int last = lineEnds.length - 1;
        boolean wholeMayKeep = heads.complete() && (heads.head(last) == null || heads.prefixOf(last, value) >= 0);
        if (wholeMayKeep && keepsLeadingLines(source, start, start + lineEnds[last], rewritten.get(), nl)) {
            return null;
        }
        int tries = 0;
        for (int k = lineEnds.length; k > 0 && tries < 3; k--) {
            int length = heads.prefixOf(k - 1, value);
            if (usable(length, value, style)) {
                tries++;
                String candidate = candidate(source, old, start + lineEnds[k - 1], heads.head(k - 1), value, style, nl,
                        indent, width, checked);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** True when the plain rewrite already has every source line but the last (the usual case for PyYAML's own folding). */
    private static boolean keepsLeadingLines(String source, int start, int end, String rewritten, String nl) {
        return rewritten.length() > end - start && rewritten.regionMatches(0, source, start, end - start)
                && rewritten.startsWith(nl, end - start);
    }

    /** Where each line of the scalar but the last ends, in its chars. */
    private static int[] lineEnds(char[] s) {
        int[] out = new int[8];
        int count = 0;
        int le = lineEnd(s, 0);
        while (le < s.length) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = le;
            int next = le + 1 < s.length && s[le] == '\r' && s[le + 1] == '\n' ? le + 2 : le + 1;
            le = lineEnd(s, next);
        }
        return Arrays.copyOf(out, count);
    }

    private static int lineEnd(char[] s, int from) {
        int i = from;
        while (i < s.length && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        return i;
    }

    /**
     * A continuation line cannot start with a space, except as {@code \ } in a double-quoted scalar.
     *
     * @param headLength the length of the head the value starts with, or -1
     */
    private static boolean usable(int headLength, String value, ScalarStyle style) {
        return headLength >= 0 && (style == ScalarStyle.DOUBLE_QUOTED || !Character.isWhitespace(value.charAt(headLength)));
    }

    /** The kept lines, a line break and the rest of the value; when checked, null unless it reads back as the value. */
    private static String candidate(String source, YScalar old, int lineEnd, String head, String value, ScalarStyle style,
            String nl, int indent, int width, boolean checked) {
        String text = refolded(source, old, lineEnd, head, value, style, nl, indent, width);
        return !checked || value.equals(valueOf(text)) ? text : null;
    }

    /** The source up to {@code lineEnd}, a line break and the rest of the value after {@code head}, folded. */
    static String refolded(String source, YScalar old, int lineEnd, String head, String value, ScalarStyle style,
            String nl, int indent, int width) {
        String tail = value.substring(head.length());
        String rest;
        if (style == ScalarStyle.PLAIN) {
            rest = ScalarWriter.write(tail, style, nl, indent, indent, width);
        } else if (tail.startsWith(" ")) {
            // PyYAML's way: the line starts with an escaped space, "\ ", written where the quote would be
            rest = "\\" + ScalarWriter.write(tail, style, nl, indent, indent, width).substring(1);
        } else {
            rest = ScalarWriter.write(tail, style, nl, indent - 1, indent, width).substring(1);
        }
        return source.substring(old.span().start(), lineEnd) + nl + " ".repeat(indent) + rest;
    }

    /**
     * The value of a scalar's text written after a key, or null when it does not parse as one
     * scalar: read by the fast parser, or by SnakeYAML where the fast parser gives up.
     */
    static String valueOf(String scalarText) {
        String yaml = "k: " + scalarText + "\n";
        String fast = fastValueOf(yaml);
        return fast != null ? fast : snakeValueOf(yaml);
    }

    /**
     * The fast parser's reading of a one-key document, or null when it gives up or reads anything
     * but one scalar (SnakeYAML judges those). A lone surrogate, which SnakeYAML refuses and the
     * fast parser lets through, is left to SnakeYAML too.
     */
    static String fastValueOf(String yaml) {
        if (!ArchiveWriter.encodable(yaml)) {
            return null;
        }
        YMapping m = FastBlockParser.parse(yaml, 0, yaml.length());
        if (m == null || m.entries().size() != 1 || !(m.entries().get(0).value() instanceof YScalar s)) {
            return null;
        }
        return s.value();
    }

    /** SnakeYAML's reading of a one-key document: the reference. */
    static String snakeValueOf(String yaml) {
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(yaml), OPTIONS), YamlResolver.INSTANCE,
                    OPTIONS);
            Node root = composer.getSingleNode();
            if (root instanceof MappingNode m && m.getValue().size() == 1
                    && m.getValue().get(0).getValueNode() instanceof ScalarNode s) {
                return s.getValue();
            }
            return null;
        } catch (YAMLException e) {
            return null;
        }
    }
}
