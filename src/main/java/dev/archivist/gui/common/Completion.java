package dev.archivist.gui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;

/** Completion popups on text fields (ControlsFX), degrading to none where its internals are not reachable. */
public final class Completion {

    private Completion() {
    }

    /** Suggests while typing; {@code suggestions} may be called from a background thread. */
    public static void bind(TextField field, Function<String, List<String>> suggestions) {
        try {
            TextFields.bindAutoCompletion(field, r -> suggestions.apply(r.getUserText()));
        } catch (IllegalAccessError e) {
            // JavaFX on the module path without --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED:
            // the field works, without suggestions
            System.err.println("archivist: name completion is off (" + e.getMessage() + ")");
        }
    }
}
