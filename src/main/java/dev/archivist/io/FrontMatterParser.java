package dev.archivist.io;

import dev.archivist.model.ParseError;
import dev.archivist.model.Span;
import dev.archivist.model.TextFacts;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Parses a front matter into a mapping with source spans.
 *
 * <p>Large front matters are cut at their top-level lines (keys at column 0 and the items of a
 * column-0 sequence such as {@code archive:}) and the pieces are parsed in parallel: the items
 * are independent, so the tree is the same as a whole parse (a test holds it to that). Whatever
 * looks unusual, and any error, falls back to one whole parse, which is the reference.
 */
final class FrontMatterParser {
    /** Below this size one parse is fast enough. */
    static final int CHUNKED_FROM = 256 * 1024;
    /**
     * From this size the fast block parser is tried first. Smaller front matters (every real page)
     * are always parsed, and verified, by SnakeYAML itself.
     */
    static final int FAST_FROM = 64 * 1024;
    private static final int BATCH_CHARS = 128 * 1024;

    /** The root mapping or the error. */
    record Result(YMapping root, ParseError error) {
    }

    private FrontMatterParser() {
    }

    /**
     * @param text the whole document text
     * @param start offset where the front matter starts (after the opening fence line)
     * @param end offset where it ends (at the closing fence line)
     * @param firstLine 0-based line number of the front matter's first line
     */
    static Result parse(String text, int start, int end, int firstLine) {
        if (end - start >= CHUNKED_FROM) {
            Result chunked = ChunkedParse.tryParse(text, start, end, firstLine, true);
            chunked = chunked != null ? chunked : ChunkedParse.tryParse(text, start, end, firstLine, false);
            if (chunked != null) {
                return chunked;
            }
        }
        if (end - start >= FAST_FROM) {
            YMapping fast = FastBlockParser.parse(text, start, end);
            if (fast != null) {
                return new Result(fast, null);
            }
        }
        return whole(text, start, end, firstLine);
    }

    static Result whole(String text, int start, int end, int firstLine) {
        YamlTreeReader.Result r = new YamlTreeReader(text.substring(start, end), start, firstLine).read();
        if (r.error() != null) {
            return new Result(null, r.error());
        }
        boolean emptyDocument = r.root() instanceof YScalar s && s.isNull() && s.value().isEmpty() && !s.explicitTag();
        if (r.root() == null || emptyDocument) {
            // no document, or an empty one after directives or a document start line
            return new Result(new YMapping(List.of(), false, new Span(start, start)), null);
        }
        if (!(r.root() instanceof YMapping map)) {
            return new Result(null, new ParseError("the front matter must be keys with values (a mapping), "
                    + "not a single value or a list", firstLine + 1, 1));
        }
        return new Result(normalize(map), null);
    }

    /**
     * Block containers end where their last child ends, whatever SnakeYAML's end mark says. A
     * block mapping starts at its first key, or at its tag ({@code !!set}) when it has one, so
     * replacing it replaces the tag too; the root always starts at its first key.
     */
    static YMapping normalize(YMapping map) {
        return (YMapping) normalizeNode(map, true);
    }

    private static YNode normalizeNode(YNode node, boolean root) {
        if (node instanceof YMapping m) {
            List<YEntry> entries = new ArrayList<>(m.entries().size());
            for (YEntry e : m.entries()) {
                entries.add(new YEntry(e.key(), normalizeNode(e.value(), false)));
            }
            boolean asRead = m.flow() || entries.isEmpty() || m.tag() != null && !root;
            int end = m.flow() || entries.isEmpty() ? m.span().end() : entries.get(entries.size() - 1).value().span().end();
            int start = asRead ? m.span().start() : entries.get(0).key().span().start();
            return new YMapping(entries, m.flow(), new Span(start, Math.max(start, end)), m.tag());
        }
        if (node instanceof YSequence s) {
            List<YNode> items = new ArrayList<>(s.size());
            for (YNode item : s.items()) {
                items.add(normalizeNode(item, false));
            }
            int end = s.flow() || items.isEmpty() ? s.span().end() : items.get(items.size() - 1).span().end();
            return new YSequence(items, s.flow(), new Span(s.span().start(), Math.max(s.span().start(), end)), s.tag());
        }
        return node;
    }

    /** The cut-and-parse-in-parallel path; returns null to ask for a whole parse. */
    private static final class ChunkedParse {
        private record Piece(int start, int end, boolean item, int line) {
        }

        private record Chunk(int start, int end, boolean items, int line) {
        }

        /** Parses the pieces in parallel with the fast parser or with SnakeYAML; null to fall back. */
        static Result tryParse(String text, int start, int end, int firstLine, boolean fast) {
            List<Piece> pieces = cut(text, start, end, firstLine);
            if (pieces == null) {
                return null;
            }
            List<Chunk> chunks = batch(text, pieces);
            if (chunks == null) {
                return null;
            }
            char[] chars = fast ? chars(text) : null;
            List<YNode> results = chunks.parallelStream().map(c -> fast ? fastChunk(chars, c) : snakeChunk(text, c)).toList();
            return assemble(chunks, results);
        }

        /** The text's chars, copied in pieces on all cores (the quick compiler copies a large text slowly). */
        private static char[] chars(String text) {
            char[] chars = new char[text.length()];
            int piece = 1 << 20;
            IntStream.range(0, (text.length() + piece - 1) / piece).parallel().forEach(p -> {
                int from = p * piece;
                text.getChars(from, Math.min(text.length(), from + piece), chars, from);
            });
            return chars;
        }

        /** Splits at column-0 lines; null when a column-0 line is anything but a simple key or an item. */
        private static List<Piece> cut(String text, int start, int end, int firstLine) {
            List<Piece> pieces = new ArrayList<>();
            int pos = start;
            int pieceStart = -1;
            int pieceLine = 0;
            int line = firstLine;
            boolean pieceItem = false;
            // the whole text's answer, asked once of it by the split, this and the line index
            boolean hasCr = TextFacts.hasCarriageReturn(text);
            while (pos < end) {
                int lineEnd = FrontMatterSplit.lineEnd(text, pos, hasCr);
                char c = pos < lineEnd ? text.charAt(pos) : ' ';
                if (c != ' ' && c != '#') {
                    boolean item = c == '-' && (pos + 1 == lineEnd || text.charAt(pos + 1) == ' ');
                    if (!item && !simpleKeyLine(text, pos, lineEnd)) {
                        return null;
                    }
                    if (pieceStart >= 0) {
                        pieces.add(new Piece(pieceStart, pos, pieceItem, pieceLine));
                    } else if (item) {
                        return null;
                    }
                    pieceStart = pos;
                    pieceLine = line;
                    pieceItem = item;
                }
                pos = FrontMatterSplit.nextLine(text, lineEnd);
                line++;
            }
            if (pieceStart >= 0) {
                pieces.add(new Piece(pieceStart, end, pieceItem, pieceLine));
            }
            return pieces;
        }

        private static boolean simpleKeyLine(String text, int from, int to) {
            char c = text.charAt(from);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
            int colon = text.indexOf(": ", from);
            if (colon < 0 || colon >= to) {
                colon = text.charAt(to - 1) == ':' ? to - 1 : -1;
            }
            return colon > from && text.substring(from, colon).chars().noneMatch(ch -> "#'\"[]{},&*!|>%@`".indexOf(ch) >= 0);
        }

        /** Groups pieces: each key alone; consecutive items in batches. Null when items follow a key with a value. */
        private static List<Chunk> batch(String text, List<Piece> pieces) {
            List<Chunk> chunks = new ArrayList<>();
            int i = 0;
            while (i < pieces.size()) {
                Piece p = pieces.get(i);
                if (!p.item) {
                    chunks.add(new Chunk(p.start, p.end, false, p.line));
                    boolean hasItems = i + 1 < pieces.size() && pieces.get(i + 1).item;
                    if (hasItems && !text.substring(p.start, p.end).strip().endsWith(":")) {
                        return null;
                    }
                    i++;
                    continue;
                }
                int batchStart = p.start;
                int j = i;
                while (j < pieces.size() && pieces.get(j).item && pieces.get(j).end - batchStart < BATCH_CHARS) {
                    j++;
                }
                if (j == i) {
                    j = i + 1;
                }
                chunks.add(new Chunk(batchStart, pieces.get(j - 1).end, true, p.line));
                i = j;
            }
            return chunks;
        }

        private static YNode fastChunk(char[] text, Chunk c) {
            return c.items ? FastBlockParser.parseItems(text, c.start, c.end) : FastBlockParser.parse(text, c.start, c.end);
        }

        private static YNode snakeChunk(String text, Chunk c) {
            // a batch of items is the value of a top-level key: one level inside the root mapping
            YamlTreeReader.Result r = new YamlTreeReader(text.substring(c.start, c.end), c.start, c.line, c.items ? 1 : 0).read();
            return r.error() != null || r.root() == null ? null : normalizeNode(r.root(), true);
        }

        private static Result assemble(List<Chunk> chunks, List<YNode> results) {
            List<YEntry> entries = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            List<YNode> items = null;
            int seqStart = -1;
            for (int k = 0; k < chunks.size(); k++) {
                YNode r = results.get(k);
                if (r == null) {
                    return null;
                }
                if (chunks.get(k).items) {
                    if (items == null || !(r instanceof YSequence seq) || seq.flow()) {
                        return null;
                    }
                    if (items.isEmpty()) {
                        seqStart = seq.span().start();
                    }
                    items.addAll(seq.items());
                    continue;
                }
                closeItems(entries, items, seqStart);
                items = null;
                if (!(r instanceof YMapping m) || m.flow() || m.entries().size() != 1) {
                    return null;
                }
                YEntry e = m.entries().get(0);
                if (!keys.add(e.name())) {
                    return null;
                }
                entries.add(e);
                if (e.value() instanceof dev.archivist.model.YScalar s && s.isNull() && s.value().isEmpty()) {
                    items = new ArrayList<>();
                }
            }
            closeItems(entries, items, seqStart);
            if (entries.isEmpty()) {
                return null;
            }
            int start = entries.get(0).key().span().start();
            int end = entries.get(entries.size() - 1).value().span().end();
            return new Result(new YMapping(entries, false, new Span(start, end)), null);
        }

        private static void closeItems(List<YEntry> entries, List<YNode> items, int seqStart) {
            if (items == null || items.isEmpty()) {
                return;
            }
            YEntry last = entries.remove(entries.size() - 1);
            int end = items.get(items.size() - 1).span().end();
            entries.add(new YEntry(last.key(), new YSequence(items, false, new Span(seqStart, end))));
        }
    }
}
