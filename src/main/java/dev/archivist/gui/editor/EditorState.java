package dev.archivist.gui.editor;

import dev.archivist.model.YMapping;

/**
 * One state of an open page: the front matter tree and the Markdown body, and whether the
 * front matter is to be written in the house style. Immutable, so undo is a stack of states.
 *
 * @param reformat true once the user applied "format": the whole front matter is then written
 *                 in the house style instead of patched
 */
public record EditorState(YMapping root, String body, boolean reformat) {

    public EditorState withRoot(YMapping newRoot) {
        return new EditorState(newRoot, body, reformat);
    }

    public EditorState withBody(String newBody) {
        return new EditorState(root, newBody, reformat);
    }

    public EditorState reformatted() {
        return new EditorState(root, body, true);
    }
}
