package dev.archivist.gui.transcript;

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
import javafx.beans.value.ObservableValue;

/**
 * The selected transcript item: a line's speaker, time and text, or a section's header, as
 * editable texts; typing is one undo step per field until a pause, as in a thread's message.
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
    private final BoundText time = new BoundText(editor::get, null);
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

    public BoundText time() {
        return time;
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
        time.retarget(node == null || isHeader ? null : p.key("time"), root);
        text.retarget(node == null ? null : p.key(isHeader ? "header" : "line"), root);
    }
}
