package dev.archivist.gui.main;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Icons;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import org.controlsfx.glyphfont.FontAwesome;

/** The status bar: the open file, the problem count, and the running task with its progress. */
final class StatusBar {

    private StatusBar() {
    }

    static void bind(MainViewModel vm, Label path, Label problems, Label task, ProgressBar progress, Tab problemsTab) {
        task.textProperty().bind(vm.runner().titleProperty());
        progress.visibleProperty().bind(vm.runner().busyProperty());
        progress.managedProperty().bind(vm.runner().busyProperty());
        progress.progressProperty().bind(vm.runner().progressProperty());
        Runnable showPath = () -> {
            Path p = vm.currentPath();
            path.setText(p == null ? "" : p.toString());
        };
        vm.editorProperty().addListener((o, a, b) -> showPath.run());
        vm.brokenProperty().addListener((o, a, b) -> showPath.run());
        vm.titleProperty().addListener((o, a, b) -> showPath.run());
        vm.problems().problemsProperty().addListener((o, a, b) -> {
            int n = b.size();
            problems.setText(n == 0 ? "No problems" : n + (n == 1 ? " problem" : " problems"));
            problems.setGraphic(Icons.of(n == 0 ? FontAwesome.Glyph.CHECK : FontAwesome.Glyph.WARNING,
                    n == 0 ? Css.SUCCESS : Css.WARNING));
            problemsTab.setText(n == 0 ? "Problems" : "Problems (" + n + ")");
        });
    }
}
