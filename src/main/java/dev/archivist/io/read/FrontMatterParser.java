package dev.archivist.io.read;

import dev.archivist.model.ParseError;
import dev.archivist.model.Span;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.List;

/** Parses a front matter into a mapping with source spans, with SnakeYAML (see {@link YamlTreeReader}). */
final class FrontMatterParser {

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
    private static YMapping normalize(YMapping map) {
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
}
