package dev.archivist.gui.editor;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Follows "the current editor's state" across file switches: calls back when another file
 * becomes current and whenever the current file's state changes.
 */
public final class EditorBinding {

    private EditorBinding() {
    }

    /** Calls {@code onChange} now and on every change with the current editor (null when none). */
    public static void follow(ObservableValue<EditorModel> editor, Consumer<EditorModel> onChange) {
        ChangeListener<dev.archivist.edit.PageState> stateListener = (o, a, b) -> onChange.accept(editor.getValue());
        editor.addListener((o, old, now) -> {
            if (old != null) {
                old.stateProperty().removeListener(stateListener);
            }
            if (now != null) {
                now.stateProperty().addListener(stateListener);
            }
            onChange.accept(now);
        });
        if (editor.getValue() != null) {
            editor.getValue().stateProperty().addListener(stateListener);
        }
        onChange.accept(editor.getValue());
    }
}
