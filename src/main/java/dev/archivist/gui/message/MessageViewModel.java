package dev.archivist.gui.message;

import dev.archivist.edit.Archive;
import dev.archivist.edit.Labels;
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
import javafx.beans.property.SimpleStringProperty;
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
    private YNode shown;
    private boolean pulling;

    // properties
    private final ReadOnlyObjectWrapper<MessagePlace> place = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty monospace = new SimpleBooleanProperty();

    public MessageViewModel(ObservableValue<EditorModel> current, ObservableValue<MessagePlace> focused, Supplier<CompletionNames> names) {
        this.names = names;
        editor.bind(current);
        selected.bind(focused);
        EditorBinding.follow(editor, e -> pull());
        selected.addListener((o, a, b) -> pull());
        name.addListener((o, a, b) -> push("name", b));
        text.addListener((o, a, b) -> push("text", b));
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
        return name;
    }

    public StringProperty textProperty() {
        return text;
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
        pulling = true;
        try {
            place.set(node == null ? null : p);
            available.set(node instanceof YMapping);
            heading.set(node == null ? "" : capital(Labels.of(p.path())));
            if (node != shown) {
                setIfDifferent(name, Archive.text(node, "name"));
                setIfDifferent(text, Archive.text(node, "text"));
            }
            shown = node;
        } finally {
            pulling = false;
        }
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private void push(String key, String value) {
        MessagePlace p = place.get();
        if (pulling || p == null || editor.get() == null || value == null) {
            return;
        }
        editor.get().setText(p.path().key(key), value);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
