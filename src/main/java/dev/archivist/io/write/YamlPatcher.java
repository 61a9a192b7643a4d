package dev.archivist.io.write;

import dev.archivist.io.read.DocumentHead;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an edited tree back into the source text by changing only what differs.
 *
 * <p>It walks the intended tree beside the one read from the source. A node that still has its
 * span is untouched source and is left alone; a changed scalar is rewritten in its own style
 * when that style can hold the new value (folded at PyYAML's width when it was folded), else in
 * the house style; items and entries that were added, removed or moved change only their own
 * lines. The result is verified by {@code PageWriter} before anything is written.
 */
public final class YamlPatcher {
    /** PyYAML's default width, which the exported archives are folded at. */
    static final int PYYAML_WIDTH = 80;

    private final SourceRegions src;
    private final String nl;
    private final List<TextEdit> edits = new ArrayList<>();
    /** The front matter's mapping, whose last entry leaves an empty front matter rather than {@code {}}. */
    private final YMapping root;
    /** Scalars to write again, each with the slot its edit takes in {@link #edits}. */
    private final List<ScalarRewriter.Rewrite> rewrites = new ArrayList<>();

    /** Text replacing [start, end) of the source. */
    record TextEdit(int start, int end, String text) {
    }

    /** The items of the source's block sequences that are mappings, by the start of each of their keys (made when first asked). */
    private Map<Integer, YMapping> itemsByKey;

    private YamlPatcher(ArchiveDocument doc) {
        this(new SourceRegions(doc.text()), doc.source().lineSeparator(), doc.root());
    }

    private YamlPatcher(SourceRegions src, String nl, YMapping root) {
        this.src = src;
        this.nl = nl;
        this.root = root;
    }

    /**
     * The document's text with its front matter changed to the intended tree and its body to the
     * intended body.
     *
     * @throws IllegalArgumentException when the document was not parsed
     */
    public static String patch(ArchiveDocument doc, YMapping intended, String body) {
        if (!doc.parsed()) {
            throw new IllegalArgumentException("cannot patch a document that was not parsed");
        }
        YamlPatcher p = new YamlPatcher(doc);
        int head = DocumentHead.end(doc.text(), doc.frontMatterStart(), doc.frontMatterEnd(), doc.root());
        p.mapping(doc.root(), intended, 0, head, doc.frontMatterEnd());
        if (!body.equals(doc.body())) {
            p.edits.add(new TextEdit(doc.bodyStart(), doc.text().length(), body));
        }
        p.writeRewrites();
        return p.apply();
    }

    /** Fills the rewritten scalars' slots; the edits keep their order. */
    private void writeRewrites() {
        List<TextEdit> written = new ScalarRewriter(src, nl).writeAll(rewrites);
        for (int i = 0; i < rewrites.size(); i++) {
            edits.set(rewrites.get(i).slot(), written.get(i));
        }
    }

    /** The document with its whole front matter rewritten in the house style, its directives kept as written. */
    public static String format(ArchiveDocument doc, YMapping root, String body, int width) {
        HouseStyleWriter w = new HouseStyleWriter(doc.text(), doc.source().lineSeparator(), width);
        String text = doc.text();
        int head = DocumentHead.end(text, doc.frontMatterStart(), doc.frontMatterEnd(), doc.root());
        String fm = w.writeRoot(root, head, doc.frontMatterEnd());
        return text.substring(0, head) + fm + text.substring(doc.frontMatterEnd(), doc.bodyStart()) + body;
    }

    private String apply() {
        edits.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(src.text().length() + 256);
        int pos = 0;
        for (TextEdit e : edits) {
            if (e.start < pos) {
                throw new IllegalStateException("overlapping edits at offset " + e.start);
            }
            out.append(src.text(), pos, e.start).append(e.text);
            pos = e.end;
        }
        return out.append(src.text(), pos, src.text().length()).toString();
    }

    private static boolean unchanged(YNode orig, YNode want) {
        return orig == want || (want.span() != null && want.span().equals(orig.span()) && sameKind(orig, want));
    }

    private static boolean sameKind(YNode a, YNode b) {
        return a.getClass() == b.getClass();
    }

    /** Diffs a value node in place; {@code indent} is the column of its parent's keys or dashes. */
    private void node(YNode orig, YNode want, int indent) {
        if (unchanged(orig, want)) {
            return;
        }
        if (orig instanceof YScalar o && want instanceof YScalar w) {
            scalar(o, w, indent);
        } else if (orig instanceof YMapping o && want instanceof YMapping w && !o.flow() && !w.flow()
                && !o.entries().isEmpty() && !w.entries().isEmpty()) {
            mapping(o, w, keyColumn(o), -1, -1);
        } else if (orig instanceof YSequence o && want instanceof YSequence w && !o.flow() && !w.flow()
                && !o.items().isEmpty() && !w.items().isEmpty()) {
            sequence(o, w, indent);
        } else if (flowCompatible(orig, want)) {
            String flow = HouseStyleWriter.keeping(src.text(), nl).flow(want);
            edits.add(new TextEdit(orig.span().start(), orig.span().end(), flow));
        } else {
            replaceValue(orig, want, indent);
        }
    }

    private static boolean flowCompatible(YNode orig, YNode want) {
        boolean origFlow = (orig instanceof YSequence s && s.flow()) || (orig instanceof YMapping m && m.flow());
        boolean wantFlow = (want instanceof YSequence s && (s.flow() || s.items().isEmpty()))
                || (want instanceof YMapping m && (m.flow() || m.entries().isEmpty()));
        return origFlow && wantFlow && sameKind(orig, want);
    }

    private void scalar(YScalar o, YScalar w, int indent) {
        if (o.sameData(w) && (w.style() == o.style())) {
            return;
        }
        // an empty value is written as nothing after the key (no blank left at the line's end)
        boolean empty = o.isNull() && o.value().isEmpty() && o.span().start() == o.span().end();
        if (empty || w.isNull() && w.value().isEmpty()) {
            replaceValue(o, w, indent);
            return;
        }
        rewrites.add(new ScalarRewriter.Rewrite(o, w, indent, edits.size()));
        edits.add(null); // written by writeRewrites, in this place among the edits
    }

    /** Replaces a value with one of another kind (a scalar by a list, a null by a mapping...). */
    private void replaceValue(YNode orig, YNode want, int indent) {
        int start = orig.span().start();
        int end = orig instanceof YScalar s && !(s.isNull() && s.value().isEmpty()) ? src.scalarEnd(s) : src.contentEnd(orig);
        int afterColon = start;
        while (afterColon > 0 && src.text().charAt(afterColon - 1) == ' ') {
            afterColon--;
        }
        boolean afterKey = afterColon > 0 && src.text().charAt(afterColon - 1) == ':';
        boolean afterDash = afterColon > 0 && src.text().charAt(afterColon - 1) == '-';
        if (orig instanceof YScalar s && s.isNull() && s.value().isEmpty()) {
            // an empty value: the blanks after its place are the old writer's, not part of a value
            end = start;
            int blanks = start;
            while (blanks < src.text().length() && src.text().charAt(blanks) == ' ') {
                blanks++;
            }
            if (blanks == src.text().length() || src.text().charAt(blanks) == '\n' || src.text().charAt(blanks) == '\r') {
                end = blanks; // blanks at the line's end only: before a comment they keep it a comment
            }
        }
        if (!afterKey && !afterDash) {
            // a block collection: its first line starts at its own indent after a line break
            int ls = src.lineStart(start);
            int from = ls > 0 ? ls - nl.length() : ls;
            String text = HouseStyleWriter.keeping(src.text(), nl).writeValue(want, indent);
            int indicator = text.startsWith(nl) ? -1 : src.indicatorEnd(from);
            if (indicator >= 0) {
                // an inline value ([], {} or a scalar) goes on the key's line; comments above the old block stay
                edits.add(new TextEdit(indicator, indicator, text));
                text = "";
            }
            edits.add(new TextEdit(from, end, text));
            return;
        }
        if (afterDash) {
            String item = HouseStyleWriter.keeping(src.text(), nl).writeItem(want, src.column(afterColon - 1));
            replaceKeepingComment(afterColon - 1, end, item);
            return;
        }
        String text = HouseStyleWriter.keeping(src.text(), nl).writeValue(want, indent);
        replaceKeepingComment(afterColon, end, text);
    }

    /**
     * Replaces [from, end) with a value's text. A comment after the old value would end up inside
     * a new value of several lines (the last line of a block): it moves up to the value's first
     * line, after the key or the block's indicator.
     */
    private void replaceKeepingComment(int from, int end, String text) {
        String comment = SourceComments.endOfLine(src.text(), end);
        int firstBreak = text.indexOf(nl);
        if (comment == null || firstBreak < 0) {
            edits.add(new TextEdit(from, end, text));
            return;
        }
        String first = text.substring(0, firstBreak).strip();
        boolean opensBlock = first.isEmpty() || first.endsWith(":") || first.matches("(- )*[|>][-+0-9]*");
        // else the first line may open a quoted text, which a comment cannot follow: it gets a line of its own
        String moved = opensBlock ? text.substring(0, firstBreak) + " " + comment + text.substring(firstBreak)
                : text + nl + " ".repeat(src.column(src.lineStart(from) + leadingSpaces(src.lineStart(from)))) + comment;
        edits.add(new TextEdit(from, src.lineEnd(end), moved));
    }

    private int leadingSpaces(int lineStart) {
        int i = lineStart;
        while (i < src.text().length() && src.text().charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }

    private int keyColumn(YMapping m) {
        return src.column(m.entries().get(0).key().span().start());
    }

    /**
     * Diffs a block mapping. Entries kept in order are diffed in place, removed ones lose their
     * lines, new ones are written after the entry they follow.
     */
    private void mapping(YMapping orig, YMapping want, int indent, int regionStart, int regionEnd) {
        if (orig.entries().isEmpty()) {
            String text = HouseStyleWriter.keeping(src.text(), nl).writeRoot(want, 0, 0);
            edits.add(new TextEdit(regionStart >= 0 ? regionStart : orig.span().start(),
                    regionEnd >= 0 ? regionEnd : orig.span().end(), text));
            return;
        }
        Map<String, YEntry> origByKey = new HashMap<>();
        for (YEntry e : orig.entries()) {
            origByKey.put(e.name(), e);
        }
        Map<String, Integer> wantIndex = new HashMap<>();
        for (int i = 0; i < want.entries().size(); i++) {
            wantIndex.put(want.entries().get(i).name(), i);
        }
        boolean anyKept = orig.entries().stream().anyMatch(e -> wantIndex.containsKey(e.name()));
        if (!keptInOrder(orig, wantIndex) || !anyKept && orig != root) {
            // no key kept (a transcript header set to a line): its lines are written again whole
            replaceValue(orig, want, indent - 2);
            return;
        }
        for (int i = 0; i < orig.entries().size(); i++) {
            YEntry e = orig.entries().get(i);
            if (!wantIndex.containsKey(e.name())) {
                i = removeEntries(orig, i, wantIndex);
            }
        }
        YEntry previous = null;
        for (YEntry w : want.entries()) {
            YEntry o = origByKey.get(w.name());
            if (o != null) {
                node(o.value(), w.value(), src.column(o.key().span().start()));
                previous = o;
            } else {
                insertEntry(orig, previous, w, indent);
            }
        }
    }

    private static boolean keptInOrder(YMapping orig, Map<String, Integer> wantIndex) {
        int last = -1;
        for (YEntry e : orig.entries()) {
            Integer i = wantIndex.get(e.name());
            if (i != null) {
                if (i < last) {
                    return false;
                }
                last = i;
            }
        }
        return true;
    }

    /**
     * Removes the entry at {@code index}, and the removed ones right after it when it is the first
     * key on a dash's line (the first kept key moves up onto that line).
     *
     * @return the index of the last entry removed
     */
    private int removeEntries(YMapping orig, int index, Map<String, Integer> wantIndex) {
        YEntry e = orig.entries().get(index);
        int keyStart = e.key().span().start();
        int after = src.nextLineStart(src.contentEnd(e.value()));
        if (orig.entries().size() == 1 && orig != root) {
            replaceValue(orig, YMapping.of(List.of()), src.column(keyStart) - 2);
        } else if (src.firstOnLine(keyStart)) {
            edits.add(new TextEdit(src.lineStart(keyStart), Math.min(after, src.text().length()), ""));
        } else {
            int kept = index + 1;
            while (kept < orig.entries().size() - 1 && !wantIndex.containsKey(orig.entries().get(kept).name())) {
                kept++;
            }
            edits.add(new TextEdit(keyStart, orig.entries().get(kept).key().span().start(), ""));
            return kept - 1;
        }
        return index;
    }

    private void insertEntry(YMapping orig, YEntry previous, YEntry entry, int indent) {
        String text = HouseStyleWriter.keeping(src.text(), nl).writeEntry(entry, indent);
        if (previous == null) {
            YEntry first = orig.entries().get(0);
            int at = first.key().span().start();
            if (src.firstOnLine(at)) {
                edits.add(new TextEdit(src.lineStart(at), src.lineStart(at), " ".repeat(indent) + text + nl));
            } else {
                edits.add(new TextEdit(at, at, text + nl + " ".repeat(indent)));
            }
            return;
        }
        int at = src.nextLineStart(src.contentEnd(previous.value()));
        String prefix = at >= src.text().length() && !src.text().endsWith("\n") ? nl : "";
        edits.add(new TextEdit(at, at, prefix + " ".repeat(indent) + text + nl));
    }

    /** Diffs a block sequence: items matched by identity stay, others are removed or inserted. */
    private void sequence(YSequence orig, YSequence want, int indent) {
        List<YNode> o = orig.items();
        List<YNode> w = want.items();
        int[][] pairs = SequenceAlignment.align(o, w);
        if (!src.firstOnLine(src.dash(o.get(0))) && (pairs.length == 0 || pairs[0][0] != 0 || pairs[0][1] != 0)) {
            // a list whose first item shares its line with another dash ("- - a"): that line cannot
            // lose or gain an item alone, so the list is written again, its kept items as they were
            replaceValue(orig, want, indent);
            return;
        }
        int dashColumn = src.column(src.dash(o.get(0)));
        int oi = 0;
        int wi = 0;
        for (int[] pair : pairs) {
            gap(orig, oi, pair[0], w, wi, pair[1], dashColumn);
            node(o.get(pair[0]), w.get(pair[1]), dashColumn);
            oi = pair[0] + 1;
            wi = pair[1] + 1;
        }
        gap(orig, oi, o.size(), w, wi, w.size(), dashColumn);
    }

    /**
     * Unmatched original items [oFrom, oTo) and wanted items [wFrom, wTo) between two matches.
     * New items take the place of removed ones, diffed in place; when an item moved here from
     * elsewhere the gap is removed and inserted as it is, the moved item copied as written.
     */
    private void gap(YSequence orig, int oFrom, int oTo, List<YNode> w, int wFrom, int wTo, int dashColumn) {
        List<YNode> o = orig.items();
        boolean moved = false;
        for (int k = wFrom; k < wTo; k++) {
            moved |= SequenceAlignment.moved(w.get(k));
        }
        int paired = moved ? 0 : Math.min(oTo - oFrom, wTo - wFrom);
        for (int k = 0; k < paired; k++) {
            node(o.get(oFrom + k), w.get(wFrom + k), dashColumn);
        }
        for (int k = oFrom + paired; k < oTo; k++) {
            removeItem(o.get(k));
        }
        if (wFrom + paired < wTo) {
            int at = oTo < o.size() ? src.lineStart(src.dash(o.get(oTo))) : src.nextLineStart(src.contentEnd(o.get(o.size() - 1)));
            StringBuilder text = new StringBuilder();
            if (at >= src.text().length() && !src.text().endsWith("\n")) {
                text.append(nl);
            }
            for (int k = wFrom + paired; k < wTo; k++) {
                text.append(itemText(w.get(k), dashColumn)).append(nl);
            }
            edits.add(new TextEdit(at, at, text.toString()));
        }
    }

    private void removeItem(YNode item) {
        int from = src.lineStart(src.dash(item));
        int to = Math.min(src.nextLineStart(src.contentEnd(item)), src.text().length());
        edits.add(new TextEdit(from, to, ""));
    }

    /**
     * An item's lines: as written in the source where it still has its span (re-indented); an
     * edited mapping that moved here, its source lines changed as they would be in place and
     * re-indented, so a value edited before a move is written as it would be without the move;
     * else new.
     */
    private String itemText(YNode item, int dashColumn) {
        YMapping from = item.span() == null && item instanceof YMapping m ? sourceItem(m) : null;
        String edited = from != null ? editedInPlace(from, (YMapping) item) : null;
        if (edited != null) {
            return " ".repeat(dashColumn) + Reindent.shift(edited, dashColumn - src.column(src.dash(from)));
        }
        return " ".repeat(dashColumn) + HouseStyleWriter.keeping(src.text(), nl).writeItem(item, dashColumn);
    }

    /** The source item whose keys an edited block mapping kept, when they are all that item's; else null. */
    private YMapping sourceItem(YMapping edited) {
        if (edited.flow()) {
            return null;
        }
        if (itemsByKey == null) {
            itemsByKey = new HashMap<>();
            indexItems(root);
        }
        YMapping from = null;
        for (YEntry e : edited.entries()) {
            if (e.key().span() != null) {
                YMapping owner = itemsByKey.get(e.key().span().start());
                if (owner == null || from != null && owner != from) {
                    return null;
                }
                from = owner;
            }
        }
        return from;
    }

    private void indexItems(YNode node) {
        if (node instanceof YMapping m) {
            m.entries().forEach(e -> indexItems(e.value()));
        } else if (node instanceof YSequence s && !s.flow()) {
            for (YNode item : s.items()) {
                if (item instanceof YMapping m && !m.flow() && !m.entries().isEmpty()) {
                    m.entries().forEach(e -> itemsByKey.put(e.key().span().start(), m));
                }
                indexItems(item);
            }
        }
    }

    /** The source item's lines from its dash, patched to the edited mapping; null when a change reaches outside them. */
    private String editedInPlace(YMapping from, YMapping edited) {
        int start = src.dash(from);
        int end = src.lineEnd(src.contentEnd(from));
        YamlPatcher inner = new YamlPatcher(src, nl, root);
        inner.itemsByKey = itemsByKey;
        inner.mapping(from, edited, keyColumn(from), -1, -1);
        inner.writeRewrites();
        inner.edits.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder();
        int pos = start;
        for (TextEdit e : inner.edits) {
            if (e.start < pos || e.end > end) {
                return null;
            }
            out.append(src.text(), pos, e.start).append(e.text);
            pos = e.end;
        }
        return out.append(src.text(), pos, end).toString();
    }
}
