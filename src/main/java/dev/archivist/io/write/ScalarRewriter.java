package dev.archivist.io.write;

import dev.archivist.io.write.YamlPatcher.TextEdit;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YScalar;
import java.util.List;
import java.util.Map;

/**
 * Writes a changed scalar again in place: in its own style when that style can hold the new value
 * (only the changed part of a flow scalar's source, when that reads back as the value; folded at
 * PyYAML's width when it was folded), else in the house style, with its comment kept. A double-
 * quoted scalar written again keeps the escapes its source used. Each text depends only on its own
 * scalar and the source.
 */
final class ScalarRewriter {
    private final SourceRegions src;
    private final String nl;

    /** A scalar to write again, and the slot its edit takes among the patcher's edits. */
    record Rewrite(YScalar orig, YScalar want, int indent, int slot) {
    }

    ScalarRewriter(SourceRegions src, String nl) {
        this.src = src;
        this.nl = nl;
    }

    /** The edits of the scalars, in their order. */
    List<TextEdit> writeAll(List<Rewrite> rewrites) {
        return rewrites.stream().map(r -> rewrite(r.orig(), r.want(), r.indent())).toList();
    }

    /** A scalar written again in its own style (only its changed part when it can), or the house style. */
    private TextEdit rewrite(YScalar o, YScalar w, int indent) {
        TextEdit tagged = tagged(o, w, indent);
        if (tagged != null) {
            return tagged;
        }
        int start = o.span().start();
        int end = src.scalarEnd(o);
        ScalarStyle style = ScalarStyler.styleFor(w, false);
        int column = src.column(start);
        int width = 0;
        int cont = indent + 2;
        boolean block = o.style() == ScalarStyle.LITERAL || o.style() == ScalarStyle.FOLDED;
        if (block) {
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
        // a scalar restyled on purpose (its escapes written as characters) asks for no style of its own
        boolean ownStyle = style == o.style() && w.style() == o.style() && w.isString();
        String text = ownStyle && !block ? ScalarSplice.rewrite(src.text(), o, end, w.value(), nl, column, cont, width)
                : null;
        if (text == null) {
            Map<Integer, String> escapes = ownStyle && style == ScalarStyle.DOUBLE_QUOTED ? escapesOf(o, end) : Map.of();
            text = w.isString() ? ScalarWriter.write(w.value(), style, nl, column, cont, width, escapes) : w.value();
        }
        return keepingComment(o, style, new TextEdit(start, end, text));
    }

    private Map<Integer, String> escapesOf(YScalar o, int end) {
        ScalarPieces read = ScalarPieces.read(src.text(), o.span().start(), end, o.style());
        return read == null ? Map.of() : read.escapes();
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
