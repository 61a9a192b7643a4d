package dev.archivist.gui.editor;

import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The undo history of one open page: a list of states, the current position and the saved
 * mark. "Modified" is "not at the saved mark"; there is no dirty flag to forget.
 */
public final class History {
    /** Typing pauses longer than this start a new undo step. */
    static final long COALESCE_NANOS = 1_000_000_000L;
    private static final int LIMIT = 1000;

    private final List<Change> steps = new ArrayList<>();
    private final LongSupplier clock;
    private int index;
    private int savedIndex;
    private long lastTime;

    /**
     * @param initial the state as opened
     * @param saved true when the initial state is what the disk holds
     */
    public History(EditorState initial, boolean saved, LongSupplier clock) {
        steps.add(new Change("Open", YamlPath.ROOT, null, initial));
        this.clock = clock;
        this.savedIndex = saved ? 0 : -1;
    }

    public EditorState current() {
        return steps.get(index).after();
    }

    /** Records a step after the current one; a quick follow-up with the same key replaces it. */
    public void push(Change change) {
        long now = clock.getAsLong();
        Change top = steps.get(index);
        boolean merge = change.coalesceKey() != null && change.coalesceKey().equals(top.coalesceKey())
                && index == steps.size() - 1 && index != savedIndex && index > 0
                && now - lastTime < COALESCE_NANOS;
        lastTime = now;
        if (merge) {
            steps.set(index, change);
            return;
        }
        steps.subList(index + 1, steps.size()).clear();
        if (savedIndex > index) {
            savedIndex = -1;
        }
        steps.add(change);
        index++;
        trim();
    }

    private void trim() {
        if (steps.size() > LIMIT) {
            steps.remove(0);
            index--;
            savedIndex = savedIndex > 0 ? savedIndex - 1 : -1;
        }
    }

    /** Ends the current typing step, so the next keystroke starts a new one. */
    public void seal() {
        lastTime = Long.MIN_VALUE / 2;
    }

    public boolean canUndo() {
        return index > 0;
    }

    public boolean canRedo() {
        return index < steps.size() - 1;
    }

    /** The step undone (its label and place), or null. */
    public Change undo() {
        if (!canUndo()) {
            return null;
        }
        seal();
        return steps.get(index--);
    }

    /** The step redone, or null. */
    public Change redo() {
        if (!canRedo()) {
            return null;
        }
        seal();
        return steps.get(++index);
    }

    public String undoLabel() {
        return canUndo() ? steps.get(index).label() : "";
    }

    public String redoLabel() {
        return canRedo() ? steps.get(index + 1).label() : "";
    }

    public void markSaved() {
        savedIndex = index;
        seal();
    }

    /** Sets the saved mark at the step holding this state (saving ran while the user typed on). */
    public void markSaved(EditorState saved) {
        savedIndex = -1;
        for (int i = index; i >= 0; i--) {
            if (steps.get(i).after() == saved) {
                savedIndex = i;
                break;
            }
        }
        seal();
    }

    public boolean atSavedMark() {
        return index == savedIndex;
    }
}
