package dev.archivist.gui.editor;

import dev.archivist.io.ArchiveWriter;
import dev.archivist.io.ScalarValues;
import dev.archivist.io.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open page: the document as first opened (whose spans every tree in the history refers
 * to), the current state as the single source of truth, and the undo history. Used on the FX
 * thread only; the trees it hands out are immutable and may be read from any thread.
 */
public final class EditorModel {
    private static final boolean SLOW_LOG = Boolean.getBoolean("archivist.timing");
    private final ArchiveDocument base;
    private final Site site;
    private final History history;
    private String diskText;

    // properties
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EditorState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<YamlPath> lastFocus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    /**
     * @param base the parsed document every state is written against
     * @param diskText what the file holds now (differs from the base's text when the user repaired
     *                 a file that did not parse)
     */
    public EditorModel(ArchiveDocument base, String diskText, Site site, LongSupplier clock) {
        if (!base.parsed()) {
            throw new IllegalArgumentException("only a parsed document can be edited structurally");
        }
        this.base = base;
        this.site = site;
        this.diskText = diskText;
        this.history = new History(new EditorState(base.root(), base.body(), false),
                Objects.equals(diskText, base.text()), clock);
        path.set(base.path());
        refresh(null);
    }

    public static EditorModel opened(ArchiveDocument doc, Site site) {
        return new EditorModel(doc, doc.text(), site, System::nanoTime);
    }

    // properties

    public ReadOnlyObjectProperty<EditorState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public EditorState state() {
        return state.get();
    }

    public YMapping root() {
        return state.get().root();
    }


    /** Where the last step done, undone or redone happened, for the views to select. */
    public ReadOnlyObjectProperty<YamlPath> lastFocusProperty() {
        return lastFocus.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path path() {
        return path.get();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    public boolean isModified() {
        return modified.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public ArchiveDocument base() {
        return base;
    }

    /** The site around the page, or null when it lies outside any site. */
    public Site site() {
        return site;
    }

    /** What the disk held when the page was opened or last saved. */
    public String diskText() {
        return diskText;
    }

    // commands

    /** Records a step; a step that changes nothing is dropped. */
    public void apply(Change change) {
        EditorState now = state.get();
        EditorState next = change.after();
        if (next.root() == now.root() && next.body().equals(now.body()) && next.reformat() == now.reformat()) {
            return;
        }
        long start = System.nanoTime();
        history.push(change);
        refresh(change.focus());
        long took = System.nanoTime() - start;
        if (SLOW_LOG) {
            dev.archivist.gui.common.Timing.edit(took);
        }
    }

    /** Applies a tree edit as one undo step. */
    public void edit(String label, YamlPath focus, UnaryOperator<YMapping> edit) {
        apply(new Change(label, focus, null, state.get().withRoot(edit.apply(root()))));
    }

    /**
     * Sets the value at a path from typed text (a timestamp stays a timestamp). Typing in one
     * field merges into one undo step until a pause.
     */
    public void setText(YamlPath at, String text) {
        YNode old = at.find(root()).orElse(null);
        if (old == null && text.isEmpty()) {
            return;
        }
        if (old instanceof dev.archivist.model.YScalar s && !s.isNull() && s.value().equals(text)) {
            return;
        }
        YMapping next = (YMapping) at.replace(root(), ScalarValues.edit(old, text));
        apply(new Change("Typing in " + Labels.of(at), at, at.toString(), state.get().withRoot(next)));
    }

    public void setBody(String body) {
        if (body.equals(state.get().body())) {
            return;
        }
        apply(new Change("Typing in the body", YamlPath.ROOT, "#body", state.get().withBody(body)));
    }

    /** Ends the current typing step (the field lost focus). */
    public void seal() {
        history.seal();
    }

    public void undo() {
        Change undone = history.undo();
        if (undone != null) {
            refresh(undone.focusBefore() != null ? undone.focusBefore() : undone.focus());
        }
    }

    public void redo() {
        Change redone = history.redo();
        if (redone != null) {
            refresh(redone.focus());
        }
    }

    /**
     * The text that saving would write: the base patched to the current state (only changed
     * lines move), or the whole front matter in the house style after "format". Pure; may be
     * called off the FX thread with a state read on it.
     */
    public static String textToWrite(ArchiveDocument base, EditorState s) throws WriteRefused {
        return s.reformat() ? ArchiveWriter.formatted(base, s.root(), s.body(), 0)
                : ArchiveWriter.patched(base, s.root(), s.body());
    }

    /** Sets the saved mark at the current state, after the text was written to {@code savedTo}. */
    public void markSaved(Path savedTo, String text) {
        markSavedAt(state.get(), savedTo, text);
    }

    /** Sets the saved mark at the state that was written (the user may have typed on since). */
    public void markSavedAt(EditorState saved, Path savedTo, String text) {
        diskText = text;
        history.markSaved(saved);
        path.set(savedTo);
        modified.set(!history.atSavedMark());
    }

    private void refresh(YamlPath focus) {
        lastFocus.set(focus);
        state.set(history.current());
        modified.set(!history.atSavedMark());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel());
        redoLabel.set(history.redoLabel());
    }
}
