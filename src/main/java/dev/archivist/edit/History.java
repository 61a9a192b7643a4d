package dev.archivist.edit;

import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The undo history of one open page: a list of steps, the current position and the saved mark.
 * "Modified" is "not at the saved mark"; there is no dirty flag to forget.
 */
public final class History {
    /** Typing pauses longer than this start a new undo step. */
    static final long COALESCE_NANOS = 1_000_000_000L;
    private static final int LIMIT = 1000;

    private final List<Step> steps = new ArrayList<>();
    /** For each step, how many saves there had been when its state was made or last written against. */
    private final List<Integer> generations = new ArrayList<>();
    private final LongSupplier clock;
    private int index;
    private int savedIndex;
    private int generation;
    private long lastTime;

    /**
     * @param initial the state as opened
     * @param saved true when the initial state is what the disk holds
     */
    public History(PageState initial, boolean saved, LongSupplier clock) {
        steps.add(new Step("Open", YamlPath.ROOT, null, initial));
        generations.add(0);
        this.clock = clock;
        this.savedIndex = saved ? 0 : -1;
    }

    public PageState current() {
        return steps.get(index).after();
    }

    /** Records a step after the current one; a quick follow-up with the same key replaces it. */
    public void push(Step step) {
        long now = clock.getAsLong();
        Step top = steps.get(index);
        boolean merge = step.coalesceKey() != null && step.coalesceKey().equals(top.coalesceKey())
                && index == steps.size() - 1 && index != savedIndex && index > 0
                && now - lastTime < COALESCE_NANOS;
        lastTime = now;
        if (merge) {
            steps.set(index, step);
            generations.set(index, generation);
            return;
        }
        steps.subList(index + 1, steps.size()).clear();
        generations.subList(index + 1, generations.size()).clear();
        if (savedIndex > index) {
            savedIndex = -1;
        }
        steps.add(step);
        generations.add(generation);
        index++;
        if (steps.size() > LIMIT) {
            steps.remove(0);
            generations.remove(0);
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
    public Step undo() {
        if (!canUndo()) {
            return null;
        }
        seal();
        return steps.get(index--);
    }

    /** The step redone, or null. */
    public Step redo() {
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

    /**
     * Sets the saved mark at the step holding {@code saved} (saving may have run while the user
     * typed on, or undone) and puts {@code written} in its place: the same page, read back from
     * the text now on disk, so that later edits are written against that text. No step holds it
     * when the step was dropped meanwhile: then no step is at the saved mark.
     *
     * @return true when the mark was set
     */
    public boolean markSaved(PageState saved, PageState written) {
        savedIndex = -1;
        generation++;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.after() == saved) {
                steps.set(i, new Step(s.label(), s.focus(), s.coalesceKey(), written, s.focusBefore()));
                generations.set(i, generation);
                savedIndex = i;
                break;
            }
        }
        seal();
        return savedIndex >= 0;
    }

    /**
     * True when the current state was made before the last save and not written against since:
     * its spans point into an older text than the file's (an undo or redo across a save).
     */
    public boolean olderThanTheLastSave() {
        return generations.get(index) < generation;
    }

    /** Puts the same page, read back from its own text, in place of the current state. */
    public void reanchor(PageState same) {
        Step s = steps.get(index);
        steps.set(index, new Step(s.label(), s.focus(), s.coalesceKey(), same, s.focusBefore()));
        generations.set(index, generation);
    }

    public boolean atSavedMark() {
        return index == savedIndex;
    }
}
