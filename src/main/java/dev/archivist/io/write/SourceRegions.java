package dev.archivist.io.write;

import dev.archivist.io.read.FrontMatterSplit;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;

/** Where nodes, items and lines of a source text begin and end, for the patcher. */
final class SourceRegions {
    private final String text;

    SourceRegions(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Where the line holding the offset ends (at its line break, or at the end of the text). */
    int lineEnd(int offset) {
        return FrontMatterSplit.lineEnd(text, offset);
    }

    /** Offset of the start of the line after the one holding the offset. */
    int nextLineStart(int offset) {
        return FrontMatterSplit.nextLine(text, lineEnd(offset));
    }

    /** 0-based column in code points. */
    int column(int offset) {
        int ls = lineStart(offset);
        return text.codePointCount(ls, offset);
    }

    /** True when only spaces stand between the line start and the offset. */
    boolean firstOnLine(int offset) {
        for (int i = lineStart(offset); i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The end of what a node writes: its last content character, not the line breaks after it. */
    int contentEnd(YNode node) {
        if (node instanceof YScalar s) {
            return scalarEnd(s);
        }
        if (node instanceof YMapping m && !m.flow() && !m.entries().isEmpty()) {
            return contentEnd(m.entries().get(m.entries().size() - 1).value());
        }
        if (node instanceof YSequence q && !q.flow() && !q.items().isEmpty()) {
            return contentEnd(q.items().get(q.size() - 1));
        }
        return node.span().end();
    }

    /**
     * The end of a scalar's own text. Block scalars (| and >) end at their last content line; a
     * keep-chomped one ({@code |+}) also owns its trailing empty lines, up to the last line break.
     */
    int scalarEnd(YScalar s) {
        int end = s.span().end();
        if (s.style() != ScalarStyle.LITERAL && s.style() != ScalarStyle.FOLDED) {
            return end;
        }
        int t = end;
        while (t > s.span().start() && Character.isWhitespace(text.charAt(t - 1))) {
            t--;
        }
        if (!blockHeader(s).contains("+")) {
            return t;
        }
        int lb = end;
        while (lb > t && text.charAt(lb - 1) == ' ') {
            lb--;
        }
        if (lb > t && text.charAt(lb - 1) == '\n') {
            lb--;
        }
        if (lb > t && text.charAt(lb - 1) == '\r') {
            lb--;
        }
        return lb;
    }

    /** The indicator line of a block scalar, such as {@code |-} or {@code |2+}. */
    String blockHeader(YScalar s) {
        int from = s.span().start();
        return text.substring(from, lineEnd(from)).replaceAll("\\s*#.*$", "").strip();
    }

    /** The comment after a block scalar's indicator ({@code |- # note}), or null. */
    String blockHeaderComment(YScalar s) {
        int from = s.span().start();
        String header = text.substring(from, lineEnd(from));
        int hash = header.indexOf('#');
        return hash > 0 && Character.isWhitespace(header.charAt(hash - 1)) ? header.substring(hash).strip() : null;
    }

    /** Column of a block scalar's content, or -1 when it has no content line. */
    int blockContentIndent(YScalar s) {
        int pos = nextLineStart(s.span().start());
        int end = scalarEnd(s);
        while (pos < end) {
            int le = lineEnd(pos);
            int i = pos;
            while (i < le && text.charAt(i) == ' ') {
                i++;
            }
            if (i < le) {
                return i - pos;
            }
            pos = FrontMatterSplit.nextLine(text, le);
        }
        return -1;
    }

    /** Column of a multi-line flow or plain scalar's second line, or -1 when it is on one line. */
    int continuationIndent(YScalar s) {
        int start = s.span().start();
        int end = s.span().end();
        int le = lineEnd(start);
        if (le >= end) {
            return -1;
        }
        int pos = FrontMatterSplit.nextLine(text, le);
        while (pos < end) {
            int lineEnd = lineEnd(pos);
            int i = pos;
            while (i < lineEnd && text.charAt(i) == ' ') {
                i++;
            }
            if (i < lineEnd) {
                return i - pos;
            }
            pos = FrontMatterSplit.nextLine(text, lineEnd);
        }
        return -1;
    }

    /**
     * The offset just after the {@code :} or {@code -} that a block value starting on the next
     * line belongs to, skipping blank and comment lines; -1 when there is none.
     *
     * @param lineEnd the end of the line before the value's first line
     */
    int indicatorEnd(int lineEnd) {
        int end = lineEnd;
        while (end > 0) {
            int ls = lineStart(end);
            String line = text.substring(ls, end);
            int hash = line.startsWith("#") ? 0 : line.indexOf(" #");
            String content = (hash >= 0 ? line.substring(0, hash) : line).stripTrailing();
            if (!content.isBlank()) {
                boolean indicator = content.endsWith(":") || content.endsWith("-");
                return indicator ? ls + content.length() : -1;
            }
            end = ls == 0 ? 0 : ls - (ls >= 2 && text.charAt(ls - 2) == '\r' && text.charAt(ls - 1) == '\n' ? 2 : 1);
        }
        return -1;
    }

    /** The offset of the {@code -} that introduces a block sequence item. */
    int dash(YNode item) {
        int i = item.span().start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : item.span().start();
    }
}
