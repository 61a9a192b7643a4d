package dev.archivist.edit;

import dev.archivist.model.YamlPath;

/**
 * One undoable step: what it is called in the Edit menu, where it happened (to show it again
 * on undo) and the state after it.
 *
 * @param coalesceKey steps with the same key in quick succession merge into one (typing in
 *                    one field); null never merges
 * @param focusBefore where to look after undoing it (a moved message's old place), or null for {@code focus}
 */
public record Step(String label, YamlPath focus, String coalesceKey, PageState after, YamlPath focusBefore) {

    public Step(String label, YamlPath focus, String coalesceKey, PageState after) {
        this(label, focus, coalesceKey, after, null);
    }
}
