package dev.archivist.gui.review;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.PageState;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Review changes": the file on disk against what saving would write, computed in the
 * background through the same patcher that saves (so what is shown is what is written); or the
 * file on disk against edits recovered after a crash.
 */
public final class ReviewViewModel {
    private final EditorModel editor;
    private final TaskRunner runner;
    private final Recovered recovered;
    private PageState reviewed;

    /** Two fixed texts: the file now and the recovered edits; {@code note} is said above the diff, or null. */
    private record Recovered(String fileName, String disk, String text, String note) {
    }

    // properties
    private final ReadOnlyObjectWrapper<ReviewDiffs.Result> diff = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Comparing…");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanProperty sideBySide = new SimpleBooleanProperty();

    public ReviewViewModel(EditorModel editor, TaskRunner runner) {
        this(editor, runner, null);
    }

    private ReviewViewModel(EditorModel editor, TaskRunner runner, Recovered recovered) {
        this.editor = editor;
        this.runner = runner;
        this.recovered = recovered;
    }

    /** The file on disk now against edits recovered after a crash; {@code note} is said with the counts, or null. */
    public static ReviewViewModel recovered(String fileName, String disk, String text, String note, TaskRunner runner) {
        return new ReviewViewModel(null, runner, new Recovered(fileName, disk, text, note));
    }

    /** What the window's title line says. */
    public String title() {
        return (recovered != null ? "Recovered edits of " : "Changes to ") + fileName();
    }

    public ReadOnlyObjectProperty<ReviewDiffs.Result> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the text cannot be written (the patcher refused), or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    public String fileName() {
        if (recovered != null) {
            return recovered.fileName();
        }
        return editor.path() == null ? "page" : editor.path().getFileName().toString();
    }

    /** True when the diff shown is of the current state (nothing was typed since). */
    public boolean current() {
        if (recovered != null) {
            return diff.get() != null;
        }
        return reviewed == editor.state() && error.get() == null;
    }

    /** Compares the disk text with what saving would write now. */
    public void compute() {
        if (recovered != null) {
            runner.run("Comparing with the file on disk…", p -> ReviewDiffs.of(recovered.disk(), recovered.text()), d -> {
                diff.set(d);
                String counts = d.hunks() + (d.hunks() == 1 ? " change" : " changes") + " · +" + d.added() + " −" + d.removed()
                        + " lines against the file on disk now";
                summary.set(recovered.note() == null ? counts : recovered.note() + " " + counts);
            }, e -> error.set(e.getMessage()));
            return;
        }
        PageState s = editor.state();
        String disk = editor.diskText();
        summary.set("Comparing…");
        runner.run("Comparing with the file on disk…", p -> ReviewDiffs.of(disk, EditSession.prepare(s).text()),
                d -> {
                    reviewed = s;
                    error.set(null);
                    diff.set(d);
                    summary.set(d.empty() ? "No changes: saving would write the file as it is."
                            : d.hunks() + (d.hunks() == 1 ? " change" : " changes") + " · +" + d.added() + " −" + d.removed()
                            + " lines; every other line stays as it is");
                },
                e -> {
                    reviewed = null;
                    diff.set(null);
                    error.set(e.getMessage());
                    summary.set("This cannot be saved as it is.");
                });
    }
}
