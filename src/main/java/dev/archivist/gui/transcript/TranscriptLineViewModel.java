package dev.archivist.gui.transcript;

import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.TranscriptTree;
import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The selected transcript item: a line's speaker and text, or a section's header, as editable
 * texts (typing is one undo step per field until a pause, as in a thread's message), and a line's
 * time, which is written when committed (Enter or leaving the field) as the engine's
 * {@code setTime}: {@code time} and {@code sec} change together, and a time that cannot be read
 * is marked and written nowhere.
 */
public final class TranscriptLineViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();

    // properties
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper header = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seconds = new ReadOnlyStringWrapper("");
    private final BoundText who = new BoundText(editor::get, null);
    private final StringProperty time = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private String timeWritten = "";
    private Integer timeItem;
    private final BoundText text = new BoundText(editor::get, null);

    public TranscriptLineViewModel(ObservableValue<EditorModel> current, ObservableValue<Integer> selectedItem) {
        editor.bind(current);
        selected.bind(selectedItem);
        EditorBinding.follow(editor, e -> pull());
        selected.addListener((o, a, b) -> pull());
    }

    // properties

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** True when the selected item is a section's header (only its text is edited). */
    public ReadOnlyBooleanProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** "Line 12 of the transcript". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The line's {@code sec} as written, shown beside the time. */
    public ReadOnlyStringProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    public BoundText who() {
        return who;
    }

    /** The time as typed; written by {@link #commitTime()}. */
    public StringProperty timeProperty() {
        return time;
    }

    /** Why the typed time was not written, or "". */
    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    /** The line's text, or the section's header. */
    public BoundText text() {
        return text;
    }

    // commands

    /** Ends the typing step (the field lost focus). */
    public void seal() {
        if (editor.get() != null) {
            editor.get().seal();
        }
    }

    /**
     * Writes the typed time and the seconds it means as one step; a time that is not {@code m:ss}
     * or {@code h:mm:ss} is marked instead and nothing changes.
     */
    public void commitTime() {
        EditorModel e = editor.get();
        Integer i = selected.get();
        String typed = time.get() == null ? "" : time.get().strip();
        if (e == null || i == null || typed.equals(timeWritten)) {
            timeError.set("");
            return;
        }
        try {
            e.run(x -> x.setTime(TranscriptTree.path(i), typed));
            timeError.set("");
        } catch (InvalidEdit refusal) {
            timeError.set("Write the time as m:ss or h:mm:ss, such as 12:34 or 1:02:03");
        }
    }

    /** Puts back the time as written (Escape); false when nothing was typed. */
    public boolean revertTime() {
        boolean typed = !timeWritten.equals(time.get()) || !timeError.get().isEmpty();
        time.set(timeWritten);
        timeError.set("");
        return typed;
    }

    private void pull() {
        EditorModel e = editor.get();
        Integer i = selected.get();
        YMapping root = e == null ? null : e.root();
        YamlPath p = i == null ? null : TranscriptTree.path(i);
        YNode node = p == null || root == null ? null : p.find(root).orElse(null);
        boolean isHeader = TranscriptTree.isHeader(node);
        available.set(node instanceof YMapping);
        header.set(isHeader);
        heading.set(node == null ? "" : (isHeader ? "Section" : "Line") + " at transcript[" + i + "]");
        TranscriptRow row = node == null ? null : new TranscriptRow(i, node);
        seconds.set(row == null || row.field("sec").isEmpty() ? "" : "sec " + row.field("sec"));
        who.retarget(node == null || isHeader ? null : p.key("who"), root);
        String written = row == null || isHeader ? "" : row.field("time");
        if (!written.equals(timeWritten) || !java.util.Objects.equals(i, timeItem)) {
            // a time typed and not yet written stays while other fields change
            timeWritten = written;
            timeItem = i;
            time.set(written);
            timeError.set("");
        }
        text.retarget(node == null ? null : p.key(isHeader ? "header" : "line"), root);
    }
}
