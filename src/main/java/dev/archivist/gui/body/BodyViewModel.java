package dev.archivist.gui.body;

import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The Markdown body below the front matter, as an editable property. */
public final class BodyViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private boolean pulling;

    public BodyViewModel(ObservableValue<EditorModel> current) {
        editor.bind(current);
        EditorBinding.follow(editor, this::pull);
        body.addListener((o, a, b) -> {
            if (!pulling && editor.get() != null && b != null) {
                editor.get().setBody(b);
            }
        });
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public void seal() {
        if (editor.get() != null) {
            editor.get().seal();
        }
    }

    private void pull(EditorModel e) {
        pulling = true;
        try {
            available.set(e != null);
            String now = e == null ? "" : e.state().body();
            if (!now.equals(body.get())) {
                body.set(now);
            }
        } finally {
            pulling = false;
        }
    }
}
