package dev.archivist.edit;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;

/**
 * One state of an open page: the front matter tree, the Markdown body, whether the front matter
 * is to be written in the house style, and the document whose text the tree's spans point into.
 * Immutable, so undo is a list of states.
 *
 * <p>A state made by typing shares its source with the one before; a save, or a fix computed on
 * the text a save would write, gives a state whose source is that text. A node that still has a
 * span is, by construction, exactly as it stands in its state's source.
 *
 * @param source the parsed document the spans of {@code root} point into
 * @param reformat true once the user applied "format": the whole front matter is then written
 *                 in the house style instead of patched
 * @param width the column past which a reformatted front matter folds long lines (0: never)
 */
public record PageState(ArchiveDocument source, YMapping root, String body, boolean reformat, int width) {

    /** A state that, when reformatted, never folds. */
    public PageState(ArchiveDocument source, YMapping root, String body, boolean reformat) {
        this(source, root, body, reformat, 0);
    }

    /** The page as read, with nothing changed. */
    public static PageState of(ArchiveDocument doc) {
        return new PageState(doc, doc.root(), doc.body(), false);
    }

    public PageState withRoot(YMapping newRoot) {
        return new PageState(source, newRoot, body, reformat, width);
    }

    public PageState withBody(String newBody) {
        return new PageState(source, root, newBody, reformat, width);
    }

    public PageState reformatted() {
        return new PageState(source, root, body, true, width);
    }

    /** Reformatted, folding long lines past the column (0: never). */
    public PageState reformatted(int foldAt) {
        return new PageState(source, root, body, true, foldAt);
    }

    /** True when the two states mean and write the same page (same tree object, body, mode and width). */
    public boolean sameAs(PageState other) {
        return root == other.root && body.equals(other.body) && reformat == other.reformat
                && (!reformat || width == other.width);
    }
}
