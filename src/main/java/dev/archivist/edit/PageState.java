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
 */
public record PageState(ArchiveDocument source, YMapping root, String body, boolean reformat) {

    /** The page as read, with nothing changed. */
    public static PageState of(ArchiveDocument doc) {
        return new PageState(doc, doc.root(), doc.body(), false);
    }

    public PageState withRoot(YMapping newRoot) {
        return new PageState(source, newRoot, body, reformat);
    }

    public PageState withBody(String newBody) {
        return new PageState(source, root, newBody, reformat);
    }

    public PageState reformatted() {
        return new PageState(source, root, body, true);
    }

    /** True when the two states mean and write the same page (same tree object, body and mode). */
    public boolean sameAs(PageState other) {
        return root == other.root && body.equals(other.body) && reformat == other.reformat;
    }
}
