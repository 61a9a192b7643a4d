package dev.archivist.gui.main;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/** Window-wide input: the page's undo keys before any text field sees them, and files dropped on the window. */
final class SceneInput {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    private SceneInput() {
    }

    /** @param openDropped opens a dropped file (asking about unsaved edits first) */
    static void install(Scene scene, MainViewModel vm, Consumer<Path> openDropped) {
        // text fields would take Ctrl+Z for their own undo; every edit is in the page's history instead
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.editor() == null) {
                return;
            }
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                openDropped.accept(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
