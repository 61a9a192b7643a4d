package dev.archivist.gui.editor;

import dev.archivist.check.Check;
import dev.archivist.check.Checks;
import dev.archivist.edit.EditSession;
import dev.archivist.edit.PageState;
import dev.archivist.edit.Step;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One open page as the editor's views see it: the engine's {@link EditSession} (the single source
 * of truth, with its history and its editing operations) and JavaFX properties that follow it.
 * Every edit goes through the session; this class only calls it and refreshes the properties.
 * Used on the FX thread only; the states it hands out are immutable and may be read anywhere.
 */
public final class EditorModel {
    private final EditSession session;

    // properties
    private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PageState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<YamlPath> lastFocus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    /**
     * @param base the parsed page
     * @param diskText what the file holds now (differs from the base's text when the user repaired
     *                 a file that did not parse)
     */
    public EditorModel(ArchiveDocument base, String diskText, Site site, List<Check> checks, LongSupplier clock) {
        this.session = new EditSession(base, diskText, site, checks, clock);
        refresh();
    }

    public EditorModel(ArchiveDocument base, String diskText, Site site, LongSupplier clock) {
        this(base, diskText, site, Checks.all(), clock);
    }

    public static EditorModel opened(ArchiveDocument doc, Site site) {
        return new EditorModel(doc, doc.text(), site, System::nanoTime);
    }

    /** The engine's session: every editing operation. Call {@link #run} to make one from a view. */
    public EditSession session() {
        return session;
    }

    // properties

    public ReadOnlyObjectProperty<PageState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public PageState state() {
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

    /** The site around the page, or null when it lies outside any site. */
    public Site site() {
        return session.site();
    }

    /** What the disk held when the page was opened or last saved. */
    public String diskText() {
        return session.diskText();
    }

    // commands

    /** An editing operation of the session, made from a view; the properties follow it. */
    public <T> T run(java.util.function.Function<EditSession, T> operation) {
        long start = System.nanoTime();
        try {
            return operation.apply(session);
        } finally {
            refresh();
            // with -Darchivist.timing=true: how long the edit held the FX thread
            dev.archivist.gui.common.UiTiming.edit(System.nanoTime() - start);
        }
    }

    /** Records a step computed in the background on {@code state()}; nothing when the page moved on. */
    public boolean apply(Step step) {
        return run(s -> s.apply(step));
    }

    public void setText(YamlPath at, String text) {
        run(s -> s.setText(at, text));
    }

    public void setBody(String body) {
        run(s -> s.setBody(body));
    }

    public void set(YamlPath at, YNode value) {
        run(s -> s.set(at, value));
    }

    public void fix(Problem p) {
        run(s -> s.fix(p));
    }

    /** Ends the current typing step (the field lost focus). */
    public void seal() {
        session.seal();
    }

    public void undo() {
        run(EditSession::undo);
    }

    public void redo() {
        run(EditSession::redo);
    }

    /** Records a save that was written in the background. */
    public void saved(EditSession.Saved saved) {
        run(s -> {
            s.saved(saved);
            return null;
        });
    }

    private void refresh() {
        lastFocus.set(session.lastFocus());
        state.set(session.state());
        path.set(session.path());
        modified.set(session.isModified());
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
        undoLabel.set(session.undoLabel());
        redoLabel.set(session.redoLabel());
    }
}
