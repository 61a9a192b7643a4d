package dev.archivist.gui.message;

import dev.archivist.edit.Labels;
import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.names.CompletionNames;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The selected message: its name and text as editable properties. What the user types goes to
 * the editor model (one undo step per field until a pause); undo and redo come back here.
 */
public final class MessageViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<MessagePlace> selected = new SimpleObjectProperty<>();
    private final Supplier<CompletionNames> names;

    // properties
    private final ReadOnlyObjectWrapper<MessagePlace> place = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final BoundText name = new BoundText(editor::get, null);
    private final BoundText text = new BoundText(editor::get, null);
    private final BooleanProperty monospace = new SimpleBooleanProperty();

    public MessageViewModel(ObservableValue<EditorModel> current, ObservableValue<MessagePlace> focused, Supplier<CompletionNames> names) {
        this.names = names;
        editor.bind(current);
        selected.bind(focused);
        EditorBinding.follow(editor, e -> pull());
        selected.addListener((o, a, b) -> pull());
    }

    // properties

    public ReadOnlyObjectProperty<MessagePlace> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** "Reply 2 of thread 5". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name.valueProperty();
    }

    public StringProperty textProperty() {
        return text.valueProperty();
    }

    public BooleanProperty monospaceProperty() {
        return monospace;
    }

    // commands

    /** Names for the name field's completion, canonical names first. Safe from any thread. */
    public List<String> suggestNames(String typed) {
        return names.get().suggest(typed);
    }

    /** Ends the typing step (the field lost focus). */
    public void seal() {
        if (editor.get() != null) {
            editor.get().seal();
        }
    }

    private void pull() {
        EditorModel e = editor.get();
        MessagePlace p = selected.get();
        YNode node = e == null || p == null ? null : p.path().find(e.root()).orElse(null);
        place.set(node == null ? null : p);
        available.set(node instanceof YMapping);
        heading.set(node == null ? "" : capital(Labels.of(p.path())));
        // typing goes to the message's name and text; undo, redo and another message come back here
        name.retarget(node == null ? null : p.path().key("name"), e == null ? null : e.root());
        text.retarget(node == null ? null : p.path().key("text"), e == null ? null : e.root());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
