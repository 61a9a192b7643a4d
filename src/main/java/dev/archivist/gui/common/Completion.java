package dev.archivist.gui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Completion popups on text fields (ControlsFX), degrading to none where its internals are not reachable. */
public final class Completion {

    private Completion() {
    }

    /** Suggests while typing; {@code suggestions} may be called from a background thread. */
    public static void bind(TextField field, Function<String, List<String>> suggestions) {
        bind(field, suggestions, null);
    }

    /**
     * Suggests while typing, nothing for an empty field (so clearing it never opens the popup);
     * a choice taken from the popup (Enter or a click) goes to {@code chosen} at once, when there
     * is one, instead of waiting in the field for another Enter.
     */
    public static void bind(TextField field, Function<String, List<String>> suggestions, Consumer<String> chosen) {
        try {
            AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                    r -> r.getUserText().isBlank() ? List.of() : suggestions.apply(r.getUserText()));
            if (chosen != null) {
                // ControlsFX ignores the field's changes while this runs: clearing it fetches nothing
                binding.setOnAutoCompleted(e -> chosen.accept(e.getCompletion()));
            }
        } catch (IllegalAccessError e) {
            // JavaFX on the module path without --add-exports javafx.base/com.sun.javafx.event=ALL-UNNAMED:
            // the field works, without suggestions
            System.err.println("archivist: name completion is off (" + e.getMessage() + ")");
        }
    }
}
