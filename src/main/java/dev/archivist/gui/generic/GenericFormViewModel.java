package dev.archivist.gui.generic;

import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.metadata.OtherKeys;
import dev.archivist.model.YMapping;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** A page of a collection Archivist has no form for: every key in the generic editor. */
public final class GenericFormViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final OtherKeys keys = new OtherKeys(editor::get, Set.of());

    public GenericFormViewModel(ObservableValue<EditorModel> current) {
        editor.bind(current);
        EditorBinding.follow(editor, e -> {
            YMapping root = e == null ? null : e.root();
            available.set(root != null);
            keys.pull(root);
        });
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Every key of the page. */
    public OtherKeys keys() {
        return keys;
    }
}
