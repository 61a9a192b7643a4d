package dev.archivist.io;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Span;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.NodeId;

/**
 * A fast parser for the block YAML that archives are written in (PyYAML's output and hand-written
 * headers): block mappings with plain keys, block sequences, plain, quoted and literal scalars,
 * one-line flow lists of plain words, comments. It gives exactly the tree SnakeYAML gives (tests
 * compare them on every page and on generated archives) and gives up, returning null, on anything
 * else (anchors, tags, folded scalars, flow mappings, complex keys, tabs, odd indentation), so the
 * caller falls back to SnakeYAML, which stays the reference and produces every error message.
 *
 * <p>It keeps SnakeYAML's nesting limit ({@link ArchiveComposer#MAX_DEPTH}): a collection nested
 * deeper makes it give up before it recurses further, and the reference then reports the error at
 * that collection's line and column. Its recursion is bounded by the limit, not by the input.
 */
final class FastBlockParser {

    /** Thrown to give up; cheap (no stack trace). */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final char[] s;
    private final int end;
    private int pos;
    private int lineStart;
    private boolean commentAfterPlain;
    /** Where quoted and folded plain values are read into (see {@link ValueBuffer}). */
    private final ValueBuffer valueBuffer = new ValueBuffer();
    /** The collections open around pos, those outside the parsed piece included (as ArchiveComposer counts them). */
    private int depth;

    private FastBlockParser(char[] text, int start, int end, int outerDepth) {
        this.s = text;
        this.end = end;
        this.pos = start;
        this.lineStart = start;
        this.depth = outerDepth;
    }

    /** The front matter [start, end) of the text as a mapping, or null when it is not in the subset. */
    static YMapping parse(String text, int start, int end) {
        return parse(text.toCharArray(), start, end);
    }

    /** As {@link #parse(String, int, int)}, over the text's chars (shared by parallel pieces). */
    static YMapping parse(char[] text, int start, int end) {
        if (start > 0 && text[start - 1] != '\n') {
            return null;
        }
        try {
            return new FastBlockParser(text, start, end, 0).root();
        } catch (GiveUp | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * A column-0 block sequence in [start, end) (a batch of archive items), or null. The sequence
     * is the value of a top-level key, so it is nested one level in the front matter's mapping.
     */
    static YSequence parseItems(char[] text, int start, int end) {
        try {
            FastBlockParser p = new FastBlockParser(text, start, end, 1);
            if (p.nextContentLine() < 0 || p.column() != 0 || !p.itemStart(p.pos)) {
                return null;
            }
            YSequence seq = p.sequence(0);
            return p.nextContentLine() >= 0 ? null : seq;
        } catch (GiveUp | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private YMapping root() {
        int first = nextContentLine();
        if (first < 0) {
            return null;
        }
        if (column() != 0) {
            throw GIVE_UP;
        }
        YMapping m = mapping(0);
        if (nextContentLine() >= 0) {
            throw GIVE_UP;
        }
        return m;
    }

    private int column() {
        return pos - lineStart;
    }

    private char at(int i) {
        return i < end ? s[i] : '\n';
    }

    private boolean eol(int i) {
        return i >= end || s[i] == '\n' || s[i] == '\r';
    }

    /** Moves to the first non-space character of the next line holding content; -1 at the end. */
    private int nextContentLine() {
        while (true) {
            int i = pos;
            while (i < end && s[i] == ' ') {
                i++;
            }
            if (i < end && s[i] == '\t') {
                throw GIVE_UP;
            }
            if (i >= end) {
                pos = end;
                return -1;
            }
            char c = s[i];
            if (c == '\n' || c == '\r' || c == '#') {
                pos = lineAfter(i);
                lineStart = pos;
                if (pos >= end) {
                    return -1;
                }
                continue;
            }
            pos = i;
            return i;
        }
    }

    private int lineAfter(int i) {
        while (i < end && s[i] != '\n' && s[i] != '\r') {
            if (!readable(s[i])) {
                throw GIVE_UP; // a comment that SnakeYAML would end early
            }
            i++;
        }
        if (i < end && s[i] == '\r') {
            i++;
        }
        if (i < end && s[i] == '\n') {
            i++;
        }
        return i;
    }

    private boolean itemStart(int i) {
        return s[i] == '-' && (eol(i + 1) || at(i + 1) == ' ');
    }

    /** Counts a collection opened at pos; gives up past the nesting limit, before recursing into it. */
    private void enter() {
        if (++depth > ArchiveComposer.MAX_DEPTH) {
            throw GIVE_UP;
        }
    }

    private YMapping mapping(int indent) {
        enter();
        List<YEntry> entries = new ArrayList<>(4);
        while (true) {
            YScalar key = key();
            for (YEntry e : entries) {
                if (e.name().equals(key.value())) {
                    throw GIVE_UP;
                }
            }
            YNode value = valueAfterColon(indent);
            entries.add(new YEntry(key, value));
            if (nextContentLine() < 0 || column() < indent) {
                break;
            }
            if (column() > indent || itemStart(pos)) {
                throw GIVE_UP;
            }
        }
        depth--;
        int first = entries.get(0).key().span().start();
        return new YMapping(entries, false, new Span(first, entries.get(entries.size() - 1).value().span().end()));
    }

    /** A plain key at pos, up to its colon; pos ends after the colon. */
    private YScalar key() {
        int start = pos;
        char c = s[pos];
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 || c == ' ') {
            throw GIVE_UP;
        }
        int i = pos;
        while (true) {
            if (eol(i)) {
                throw GIVE_UP;
            }
            char ch = s[i];
            if (ch == ':' && (eol(i + 1) || at(i + 1) == ' ')) {
                break;
            }
            if (ch == '#' && s[i - 1] == ' ' || ch == '\t' || !readable(ch)) {
                throw GIVE_UP;
            }
            i++;
        }
        int keyEnd = i;
        while (keyEnd > start && s[keyEnd - 1] == ' ') {
            keyEnd--;
        }
        String text = new String(s, start, keyEnd - start);
        pos = i + 1;
        return new YScalar(text, tag(text), ScalarStyle.PLAIN, new Span(start, keyEnd));
    }

    private final java.util.Map<String, String> tagCache = new java.util.HashMap<>();

    private String tag(String plain) {
        if (plain.length() > 16) {
            return resolve(plain);
        }
        return tagCache.computeIfAbsent(plain, FastBlockParser::resolve);
    }

    private static String resolve(String plain) {
        String t = YamlResolver.INSTANCE.resolve(NodeId.scalar, plain, true).getValue();
        return t.substring(t.lastIndexOf(':') + 1);
    }

    /** The value after {@code key:} of a mapping at indent; pos is just after the colon. */
    private YNode valueAfterColon(int indent) {
        int afterColon = pos;
        while (pos < end && s[pos] == ' ') {
            pos++;
        }
        if (!eol(pos) && s[pos] != '#') {
            return inlineValue(indent);
        }
        if (s[pos - 1] != ' ' && !eol(pos)) {
            throw GIVE_UP;
        }
        int save = pos;
        int saveLine = lineStart;
        if (nextContentLine() >= 0 && itemStart(pos) && column() >= indent) {
            return sequence(column());
        }
        if (pos < end && column() > indent) {
            if (looksLikeKey(pos)) {
                return mapping(column());
            }
            throw GIVE_UP;
        }
        pos = save;
        lineStart = saveLine;
        pos = lineAfter(pos);
        lineStart = pos;
        return new YScalar("", YScalar.NULL, ScalarStyle.PLAIN, new Span(afterColon, afterColon));
    }

    private YSequence sequence(int indent) {
        enter();
        List<YNode> items = new ArrayList<>();
        int first = pos;
        while (true) {
            pos++;
            while (pos < end && s[pos] == ' ') {
                pos++;
            }
            if (eol(pos) || s[pos] == '#' || itemStart(pos)) {
                throw GIVE_UP;
            }
            items.add(looksLikeKey(pos) ? mapping(column()) : inlineValue(indent));
            if (nextContentLine() < 0 || column() < indent) {
                break;
            }
            if (column() > indent) {
                throw GIVE_UP;
            }
            if (!itemStart(pos)) {
                break;
            }
        }
        depth--;
        return new YSequence(items, false, new Span(first, items.get(items.size() - 1).span().end()));
    }

    /** True when the line from i holds a plain key followed by ": " or ":" at the end. */
    private boolean looksLikeKey(int i) {
        char c = s[i];
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
            return false;
        }
        for (int k = i; !eol(k); k++) {
            char ch = s[k];
            if (ch == ':' && (eol(k + 1) || at(k + 1) == ' ')) {
                return true;
            }
            if (ch == '#' && k > i && s[k - 1] == ' ') {
                return false;
            }
        }
        return false;
    }

    /** A value that starts on the current line at pos (a scalar or a one-line flow list). */
    private YNode inlineValue(int indent) {
        char c = s[pos];
        if (c == '|') {
            return literal(indent);
        }
        YNode node = switch (c) {
            case '"' -> ScalarScans.quoted(this, true);
            case '\'' -> ScalarScans.quoted(this, false);
            case '[' -> flowList();
            case '{' -> emptyFlowMap();
            default -> {
                if ("&*!%@`>?,]}#".indexOf(c) >= 0 || (c == '-' && (eol(pos + 1) || at(pos + 1) == ' '))
                        || (c == ':' && (eol(pos + 1) || at(pos + 1) == ' '))) {
                    throw GIVE_UP;
                }
                yield plain(indent);
            }
        };
        endOfValueLine();
        return node;
    }

    /** After a value: only spaces and a comment may follow on its line. */
    private void endOfValueLine() {
        if (pos > lineStart && pos < end && (s[pos - 1] == '\n' || s[pos - 1] == '\r')) {
            return;
        }
        int i = pos;
        while (i < end && s[i] == ' ') {
            i++;
        }
        if (!eol(i) && !(s[i] == '#' && i > pos)) {
            throw GIVE_UP;
        }
        pos = lineAfter(i);
        lineStart = pos;
    }

    private YNode flowList() {
        enter(); // its items are scalars: nothing nests inside it
        depth--;
        int start = pos;
        List<YNode> items = new ArrayList<>();
        pos++;
        skipSpaces();
        if (s[pos] == ']') {
            pos++;
            return new YSequence(items, true, new Span(start, pos));
        }
        while (true) {
            int from = pos;
            while (!eol(pos) && ",[]{}#'\":".indexOf(s[pos]) < 0) {
                if (!readable(s[pos])) {
                    throw GIVE_UP;
                }
                pos++;
            }
            int to = pos;
            while (to > from && s[to - 1] == ' ') {
                to--;
            }
            if (to == from || eol(pos) || "[]{}#'\":".indexOf(s[pos]) >= 0 && s[pos] != ']') {
                throw GIVE_UP;
            }
            String text = new String(s, from, to - from);
            if ("&*!%@`-?|>".indexOf(text.charAt(0)) >= 0) {
                throw GIVE_UP;
            }
            items.add(new YScalar(text, tag(text), ScalarStyle.PLAIN, new Span(from, to)));
            if (s[pos] == ']') {
                pos++;
                return new YSequence(items, true, new Span(start, pos));
            }
            pos++;
            skipSpaces();
        }
    }

    private YNode emptyFlowMap() {
        enter();
        depth--;
        int start = pos;
        if (at(pos + 1) != '}') {
            throw GIVE_UP;
        }
        pos += 2;
        return new YMapping(List.of(), true, new Span(start, pos));
    }

    private void skipSpaces() {
        while (pos < end && s[pos] == ' ') {
            pos++;
        }
    }

    /** A plain scalar, possibly over several more-indented lines. */
    private YScalar plain(int indent) {
        int start = pos;
        ValueBuffer value = null;
        commentAfterPlain = false;
        int contentEnd = scanPlainLine();
        int lastEnd = contentEnd;
        int blankLines = 0;
        int i = lineAfter(contentEnd);
        while (i < end && !commentAfterPlain) {
            int k = i;
            while (k < end && s[k] == ' ') {
                k++;
            }
            if (eol(k)) {
                if (k >= end) {
                    break;
                }
                blankLines++;
                i = lineAfter(k);
                continue;
            }
            if (k - i <= indent || s[k] == '#' || s[k] == '\t') {
                break;
            }
            pos = k;
            lineStart = i;
            int e = scanPlainLine();
            if (value == null) {
                value = valueBuffer;
                value.clear();
                value.append(s, start, contentEnd - start);
            }
            if (blankLines == 0) {
                value.append(' ');
            } else {
                for (int b = 0; b < blankLines; b++) {
                    value.append('\n');
                }
            }
            blankLines = 0;
            value.append(s, k, e - k);
            lastEnd = e;
            i = lineAfter(e);
        }
        pos = lastEnd;
        String text = value == null ? new String(s, start, contentEnd - start) : value.toString();
        return new YScalar(text, tag(text), ScalarStyle.PLAIN, new Span(start, lastEnd));
    }

    /** From pos to the end of a plain scalar's text on this line (before " #", ": " or trailing spaces). */
    private int scanPlainLine() {
        int i = pos;
        while (!eol(i)) {
            char ch = s[i];
            if (ch == ':' && (eol(i + 1) || at(i + 1) == ' ')) {
                throw GIVE_UP;
            }
            if (ch == '#' && i > pos && s[i - 1] == ' ') {
                commentAfterPlain = true;
                break;
            }
            if (ch == '\t' || !readable(ch)) {
                throw GIVE_UP;
            }
            i++;
        }
        while (i > pos && s[i - 1] == ' ') {
            i--;
        }
        return i;
    }

    private YScalar literal(int indent) {
        int start = pos;
        pos++;
        char chomp = ' ';
        if (s[pos] == '-' || s[pos] == '+') {
            chomp = s[pos];
            pos++;
        }
        skipSpaces();
        if (!eol(pos)) {
            throw GIVE_UP;
        }
        int i = lineAfter(pos);
        int contentIndent = -1;
        StringBuilder value = new StringBuilder();
        int pendingBreaks = 0;
        boolean any = false;
        while (i < end) {
            int k = i;
            while (k < end && s[k] == ' ') {
                k++;
            }
            if (eol(k)) {
                if ((contentIndent >= 0 && k - i > contentIndent) || (contentIndent < 0 && k > i)) {
                    throw GIVE_UP;
                }
                if (k >= end) {
                    break;
                }
                pendingBreaks++;
                i = lineAfter(k);
                continue;
            }
            if (contentIndent < 0) {
                if (k - i <= indent) {
                    break;
                }
                contentIndent = k - i;
            } else if (k - i < contentIndent) {
                break;
            }
            int e = i;
            while (!eol(e)) {
                char ch = s[e];
                if (!readable(ch)) {
                    throw GIVE_UP;
                }
                e++;
            }
            if (any) {
                value.append('\n');
            }
            value.append("\n".repeat(pendingBreaks));
            pendingBreaks = 0;
            value.append(s, i + contentIndent, e - i - contentIndent);
            any = true;
            i = lineAfter(e);
            if (e < end && s[e] == '\r') {
                throw GIVE_UP;
            }
        }
        if (!any) {
            throw GIVE_UP;
        }
        if (chomp == ' ') {
            value.append('\n');
        } else if (chomp == '+') {
            value.append('\n').append("\n".repeat(pendingBreaks));
        }
        pos = i;
        lineStart = i;
        return new YScalar(value.toString(), YScalar.STR, ScalarStyle.LITERAL, new Span(start, i));
    }

    // access for the quoted-scalar scanner
    ValueBuffer valueBuffer() {
        return valueBuffer;
    }

    char[] text() {
        return s;
    }

    int end() {
        return end;
    }

    int pos() {
        return pos;
    }

    void pos(int p) {
        pos = p;
    }

    void lineStart(int p) {
        lineStart = p;
    }

    /**
     * True for a char this parser reads as SnakeYAML does: printable (a surrogate is judged with
     * its pair), and not NEL, LS or PS, which SnakeYAML takes for line breaks and this parser does not.
     */
    static boolean readable(char c) {
        // printable ASCII first, in a method small enough for the quick compiler to inline: this
        // is asked of every char of the page, twice in a fix (read, then read back)
        return c >= 0x20 && c <= 0x7E || readableOther(c);
    }

    private static boolean readableOther(char c) {
        return (ScalarRules.printable(c) || Character.isSurrogate(c)) && c != '\u0085' && c != '\u2028' && c != '\u2029';
    }

    static RuntimeException giveUp() {
        return GIVE_UP;
    }
}
