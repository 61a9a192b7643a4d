package dev.archivist.io;

import dev.archivist.io.YamlPatcher.TextEdit;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YScalar;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a changed scalar again in place: in its own style when that style can hold the new value
 * (folded at PyYAML's width, keeping its leading lines, when it was folded), else in the house
 * style, with its comment kept. Each text depends only on its own scalar and the source.
 */
final class ScalarRewriter {
    /**
     * From this many scalars their texts are written in parallel: a fix over a whole large
     * archive changes tens of thousands, while an edit in the editor changes a few.
     */
    static final int PARALLEL_FROM = 1000;

    private final SourceRegions src;
    private final String nl;
    /** False when a kept-lines text is taken without reading it back alone (see {@link KeptLines#rewrite}). */
    private final boolean checkedLines;

    /** A scalar to write again, and the slot its edit takes among the patcher's edits. */
    record Rewrite(YScalar orig, YScalar want, int indent, int slot) {
    }

    ScalarRewriter(SourceRegions src, String nl, boolean checkedLines) {
        this.src = src;
        this.nl = nl;
        this.checkedLines = checkedLines;
    }

    /** The edits of the scalars, in their order; many are written in parallel (the source is only read). */
    List<TextEdit> writeAll(List<Rewrite> rewrites) {
        return (rewrites.size() >= PARALLEL_FROM ? rewrites.parallelStream() : rewrites.stream())
                .map(r -> rewrite(r.orig(), r.want(), r.indent()))
                .toList();
    }

    /** A scalar written again in its own style (keeping leading lines when folded), or the house style. */
    private TextEdit rewrite(YScalar o, YScalar w, int indent) {
        TextEdit tagged = tagged(o, w, indent);
        if (tagged != null) {
            return tagged;
        }
        int start = o.span().start();
        ScalarStyle style = ScalarStyler.styleFor(w, false);
        int column = src.column(start);
        int width = 0;
        int cont = indent + 2;
        if (o.style() == ScalarStyle.LITERAL || o.style() == ScalarStyle.FOLDED) {
            boolean indicator = src.blockHeader(o).matches("[|>][-+]?[1-9].*|[|>][1-9].*");
            int measured = src.blockContentIndent(o);
            cont = !indicator && !startsWithSpace(w.value()) && measured > indent ? measured : cont;
        } else {
            int measured = src.continuationIndent(o);
            if (measured >= 0 && style == o.style()) {
                width = YamlPatcher.PYYAML_WIDTH;
                cont = measured > indent ? measured : cont;
            }
        }
        // the scalar written whole, made once and only when asked (kept lines often make it needless)
        int wholeIndent = cont;
        int wholeWidth = width;
        String[] whole = new String[1];
        Supplier<String> written = () -> whole[0] != null ? whole[0]
                : (whole[0] = ScalarStyler.text(w, style, nl, column, wholeIndent, wholeWidth));
        String kept = width > 0 && w.style() == o.style() && w.isString()
                ? KeptLines.rewrite(src.text(), o, w.value(), style, nl, cont, width, written, checkedLines) : null;
        return keepingComment(o, style, new TextEdit(start, src.scalarEnd(o), kept != null ? kept : written.get()));
    }

    /** A scalar whose explicit tag is kept ({@code !foo}): the tag, then the value as it can stand after it. */
    private TextEdit tagged(YScalar o, YScalar w, int indent) {
        String tag = Tags.of(w, src.text(), false);
        if (tag == null) {
            return null;
        }
        int start = o.span().start();
        String text = ScalarStyler.tagged(w, tag, false, nl, src.column(start), indent + 2, 0);
        ScalarStyle style = ScalarStyler.taggedStyle(w.value(), false);
        return keepingComment(o, style, new TextEdit(start, src.scalarEnd(o), text));
    }

    /**
     * A block scalar's header comment, or the end-of-line comment of a scalar rewritten as a
     * block, would otherwise be dropped or land inside the block's text: it moves after the
     * header, or after the new one-line scalar.
     */
    private TextEdit keepingComment(YScalar o, ScalarStyle style, TextEdit edit) {
        boolean wasBlock = o.style() == ScalarStyle.LITERAL || o.style() == ScalarStyle.FOLDED;
        boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        String comment = wasBlock ? src.blockHeaderComment(o) : block ? SourceComments.endOfLine(src.text(), edit.end()) : null;
        if (comment == null) {
            return edit;
        }
        int end = wasBlock ? edit.end() : src.lineEnd(edit.end());
        int header = edit.text().indexOf(nl);
        String text = block && header >= 0
                ? edit.text().substring(0, header) + " " + comment + edit.text().substring(header)
                : edit.text() + " " + comment;
        return new TextEdit(edit.start(), end, text);
    }

    /** A literal block whose first line starts with a space needs an indentation indicator of 2. */
    private static boolean startsWithSpace(String value) {
        String v = value.replaceFirst("^\n+", "");
        return v.startsWith(" ");
    }
}
