package dev.archivist.io.write;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Span;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.List;

/**
 * Writes a tree in the house style (DESIGN.md): two-space indents, sequences not indented under
 * their key, plain scalars where safe, single quotes otherwise, literal blocks for multi-line
 * texts, double quotes only for escapes, no trailing spaces. Comments and blank lines before
 * entries are carried over from the source when the nodes still have their spans.
 */
final class HouseStyleWriter {
    private final String source;
    private final SourceRegions regions;
    private final String nl;
    private final int width;
    /** True for the patcher's writer: nodes that still have their spans are copied as written. */
    private final boolean keep;
    private final StringBuilder out = new StringBuilder();
    /** The column the first line of the output starts at, in the text it goes into. */
    private int startColumn;

    /**
     * A writer of the whole tree in the house style (for {@code format}).
     *
     * @param source the text the tree's spans point into, for its comments (null for a tree without spans)
     * @param width fold long scalars past this column; 0 never folds
     */
    HouseStyleWriter(String source, String lineSeparator, int width) {
        this(source, lineSeparator, width, false);
    }

    private HouseStyleWriter(String source, String lineSeparator, int width, boolean keep) {
        this.source = source;
        this.regions = source == null ? null : new SourceRegions(source);
        this.nl = lineSeparator;
        this.width = width;
        this.keep = keep && source != null;
    }

    /**
     * The patcher's writer of new and moved values: an entry or item that still has its span is
     * copied from the source as it stands (quoting, folding, comments inside it), re-indented to
     * its new level; anything else is written in the house style, a scalar in its own style
     * where that style can hold its value.
     */
    static HouseStyleWriter keeping(String source, String lineSeparator) {
        return new HouseStyleWriter(source, lineSeparator, 0, true);
    }

    /** Thrown by a writer comparing as it goes, at the first checkpoint whose text differs. */
    static final class Differs extends RuntimeException {
        Differs() {
            super(null, null, false, false);
        }
    }

    private String expected;
    private int expectedStart;
    private int checked;

    /**
     * Makes the writer compare its output with {@code text} from {@code start} after every entry
     * and item and throw {@link Differs} at the first difference, so finding whether a page is in
     * the house style costs as much as its first difference, not a whole rewrite.
     */
    HouseStyleWriter comparingWith(String text, int start) {
        this.expected = text;
        this.expectedStart = start;
        return this;
    }

    /** What was written so far (after {@link Differs}, a prefix that contains the first difference). */
    String written() {
        return out.toString();
    }

    private void checkpoint() {
        if (expected == null) {
            return;
        }
        int n = out.length();
        if (expectedStart + n > expected.length()) {
            throw new Differs();
        }
        for (int k = checked; k < n; k++) {
            if (out.charAt(k) != expected.charAt(expectedStart + k)) {
                throw new Differs();
            }
        }
        checked = n;
    }

    /** The whole front matter text of a root mapping, ending with a line break (or empty). */
    String writeRoot(YMapping root, int regionStart, int regionEnd) {
        int prev = regionStart;
        for (YEntry e : root.entries()) {
            leading(prev, start(e), 0, true);
            entry(e, 0);
            out.append(nl);
            checkpoint();
            prev = contentEnd(e);
        }
        leading(prev, regionEnd, 0, false);
        return out.toString();
    }

    /** A single item whose dash stands at the column (used by the patcher for new items). */
    String writeItem(YNode item, int dashColumn) {
        startColumn = dashColumn;
        item(item, dashColumn);
        return out.toString();
    }

    /** A single entry whose key stands at the indent (used by the patcher for new keys). */
    String writeEntry(YEntry e, int indent) {
        startColumn = indent;
        entry(e, indent);
        return out.toString();
    }

    /** A value after {@code key:} at the key's indent, starting with the space or line break it needs. */
    String writeValue(YNode value, int keyIndent) {
        value(value, keyIndent, 0, -1);
        return out.toString();
    }

    private void entry(YEntry e, int indent) {
        if (keep && copied(e)) {
            return;
        }
        int keyColumn = column();
        String key = scalar(e.key(), keyColumn, indent + 2, true);
        out.append(key).append(':');
        value(e.value(), indent, keyColumn + key.length() + 1, e.key().span() == null ? -1 : e.key().span().end());
        trailing(e.value());
    }

    private void value(YNode v, int indent, int column, int headerEnd) {
        if (v instanceof YScalar s) {
            if (s.isNull() && s.value().isEmpty()) {
                return;
            }
            out.append(' ');
            out.append(scalar(s, column + 1, indent + 2, false));
        } else if (v instanceof YMapping m) {
            if (m.entries().isEmpty() || m.flow()) {
                out.append(' ').append(flow(m));
                return;
            }
            blockTag(m);
            int prev = headerEnd;
            for (YEntry e : m.entries()) {
                out.append(nl);
                leadingInside(prev, start(e), indent + 2);
                pad(indent + 2);
                entry(e, indent + 2);
                prev = end(e);
            }
        } else if (v instanceof YSequence seq) {
            if (seq.items().isEmpty() || seq.flow()) {
                out.append(' ').append(flow(seq));
                return;
            }
            blockTag(seq);
            int prev = headerEnd;
            for (YNode item : seq.items()) {
                out.append(nl);
                leadingInside(prev, item.span() == null ? -1 : regions.dash(item), indent);
                pad(indent);
                item(item, indent);
                prev = item.span() == null ? -1 : item.span().end();
                if (indent == 0) {
                    checkpoint();
                }
            }
        }
    }

    /** A block collection's tag on the line of its key. */
    private void blockTag(YNode collection) {
        String tag = Tags.of(collection, source, false);
        if (tag != null) {
            out.append(' ').append(tag);
        }
    }

    private void item(YNode item, int dashColumn) {
        if (keep && item.span() != null) {
            int dash = regions.dash(item);
            copy(dash, regions.contentEnd(item), column() - regions.column(dash));
            return;
        }
        out.append("- ");
        int inner = dashColumn + 2;
        String tag = block(item) ? Tags.of(item, source, false) : null;
        if (tag != null) {
            // a tagged block collection starts on the line after its tag
            out.append(tag).append(nl);
            pad(inner);
        }
        if (item instanceof YMapping m && !m.entries().isEmpty() && !m.flow()) {
            int prev = -1;
            boolean first = true;
            for (YEntry e : m.entries()) {
                if (!first) {
                    out.append(nl);
                    leadingInside(prev, start(e), inner);
                    pad(inner);
                }
                entry(e, inner);
                prev = end(e);
                first = false;
            }
        } else if (item instanceof YSequence s && !s.items().isEmpty() && !s.flow()) {
            boolean first = true;
            for (YNode sub : s.items()) {
                if (!first) {
                    out.append(nl);
                    pad(inner);
                }
                item(sub, inner);
                first = false;
            }
        } else if (item instanceof YScalar sc) {
            out.append(scalar(sc, dashColumn + 2, inner, false));
            trailing(item);
        } else {
            out.append(flow(item));
        }
    }

    /**
     * Copies an entry whose key and value still stand together in the source, from its key to
     * the end of its value and that line's comment; false when they do not.
     */
    private boolean copied(YEntry e) {
        if (e.key().span() == null || e.value().span() == null) {
            return false;
        }
        int keyStart = e.key().span().start();
        int valueStart = e.value().span().start();
        if (valueStart < e.key().span().end() || !onlyIndicators(e.key().span().end(), valueStart)) {
            return false;
        }
        copy(keyStart, Math.max(e.key().span().end(), regions.contentEnd(e.value())), column() - regions.column(keyStart));
        return true;
    }

    /** True when [from, to) holds only what stands between a key and its value: the colon, blanks, comments. */
    private boolean onlyIndicators(int from, int to) {
        boolean colon = false;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c == '#') {
                i = regions.lineEnd(i) - 1;
            } else if (c == ':' && !colon) {
                colon = true;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return colon;
    }

    /**
     * The source from {@code from} to {@code end}, with the comment on its last line, its lines
     * after the first shifted by {@code delta} columns.
     */
    private void copy(int from, int end, int delta) {
        String lines = source.substring(from, end) + source.substring(end, regions.lineEnd(end)).stripTrailing();
        out.append(Reindent.shift(lines, delta));
    }

    private static boolean block(YNode n) {
        return n instanceof YMapping m ? !m.entries().isEmpty() && !m.flow()
                : n instanceof YSequence q && !q.items().isEmpty() && !q.flow();
    }

    private String scalar(YScalar s, int column, int indent, boolean key) {
        String tag = Tags.of(s, source, key);
        if (tag != null) {
            return ScalarStyler.tagged(s, tag, key, nl, column, indent, width);
        }
        if (keep && !key && s.isString()) {
            return ScalarStyler.text(s, ScalarStyler.styleFor(s, false), nl, column, indent, width);
        }
        ScalarStyle style = ScalarStyler.houseStyle(s.value(), false);
        if (!s.isString()) {
            return s.value();
        }
        if (key && style == ScalarStyle.LITERAL) {
            style = ScalarStyle.DOUBLE_QUOTED;
        }
        return ScalarStyler.text(s, style, nl, column, indent, width);
    }

    /** A flow collection on one line: {@code [a, b]} or {@code {k: v}}. */
    String flow(YNode node) {
        if (keep && node.span() != null && !node.span().equals(new Span(0, 0))) {
            int end = node instanceof YScalar s ? regions.scalarEnd(s) : node.span().end();
            String written = source.substring(node.span().start(), end);
            if (written.indexOf('\n') < 0 && written.indexOf('\r') < 0) {
                return written;
            }
        }
        String tag = Tags.of(node, source, true);
        if (node instanceof YScalar s) {
            if (tag != null) {
                return ScalarStyler.tagged(s, tag, true, nl, 0, 0, 0);
            }
            if (!s.isString()) {
                return s.value().isEmpty() ? "null" : s.value();
            }
            ScalarStyle style = ScalarStyler.houseStyle(s.value(), true);
            return ScalarWriter.write(s.value(), style == ScalarStyle.LITERAL ? ScalarStyle.DOUBLE_QUOTED : style, nl, 0, 0, 0);
        }
        StringBuilder sb = new StringBuilder(tag == null ? "" : tag + " ");
        if (node instanceof YSequence seq) {
            sb.append('[');
            for (int i = 0; i < seq.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(flow(seq.get(i)));
            }
            return sb.append(']').toString();
        }
        YMapping m = (YMapping) node;
        sb.append('{');
        for (int i = 0; i < m.entries().size(); i++) {
            YEntry e = m.entries().get(i);
            sb.append(i > 0 ? ", " : "").append(flow(e.key())).append(": ").append(flow(e.value()));
        }
        return sb.append('}').toString();
    }

    private int column() {
        int lineStart = out.lastIndexOf("\n") + 1;
        return out.length() - lineStart + (lineStart == 0 ? startColumn : 0);
    }

    private void pad(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private static int start(YEntry e) {
        return e.key().span() == null ? -1 : e.key().span().start();
    }

    /**
     * Where an entry's text ends for the blank lines after it: a block scalar's span takes the
     * blank lines that follow it, which are not its text unless it keeps them ({@code |+}).
     */
    private int contentEnd(YEntry e) {
        int end = end(e);
        if (source != null && end > 0 && e.value() instanceof YScalar s && !s.value().endsWith("\n\n")
                && (s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED)) {
            while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
                end--;
            }
        }
        return end;
    }

    private static int end(YEntry e) {
        Span s = e.value().span();
        return s == null ? -1 : s.end();
    }

    /** Comments (and one blank line at the top level) between two source offsets, written before an entry. */
    private void leading(int from, int to, int indent, boolean blankLines) {
        if (source == null || from < 0 || to < 0 || to <= from) {
            return;
        }
        List<String> lines = SourceComments.between(source, from, to);
        if (blankLines && SourceComments.hasBlankLine(source, from, to) && out.length() > 0) {
            out.append(nl);
        }
        for (String c : lines) {
            pad(indent);
            out.append(c).append(nl);
        }
    }

    private void leadingInside(int from, int to, int indent) {
        if (source == null || from < 0 || to < 0 || to <= from) {
            return;
        }
        for (String c : SourceComments.between(source, from, to)) {
            pad(indent);
            out.append(c).append(nl);
        }
    }

    private void trailing(YNode value) {
        if (source == null || value.span() == null || value instanceof YMapping || (value instanceof YSequence s && !s.flow())
                || (value instanceof YScalar sc && (sc.style() == ScalarStyle.LITERAL || sc.style() == ScalarStyle.FOLDED))) {
            return;
        }
        String c = SourceComments.endOfLine(source, value.span().end());
        if (c != null) {
            out.append(' ').append(c);
        }
    }
}
