package dev.archivist.gui.editor;

import dev.archivist.model.YamlPath;

/**
 * One undoable step: what it is called in the Edit menu, where it happened (to show it again
 * on undo) and the state after it.
 *
 * @param coalesceKey steps with the same key in quick succession merge into one (typing in
 *                    one field); null never merges
 */
public record Change(String label, YamlPath focus, String coalesceKey, EditorState after) {
}
