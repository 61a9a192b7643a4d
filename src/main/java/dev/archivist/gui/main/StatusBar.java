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
        Runnable count = () -> {
            int n = vm.problems().problemsProperty().get().size();
            boolean checking = vm.problems().checkingProperty().get();
            problems.setText(problemsText(n, checking));
            // "No problems" is said only once a check has found none
            problems.setGraphic(n == 0 && checking ? null : Icons.of(n == 0 ? FontAwesome.Glyph.CHECK : FontAwesome.Glyph.WARNING,
                    n == 0 ? Css.SUCCESS : Css.WARNING));
            problemsTab.setText(n == 0 ? "Problems" : "Problems (" + n + ")");
        };
        vm.problems().problemsProperty().addListener((o, a, b) -> count.run());
        vm.problems().checkingProperty().addListener((o, a, b) -> count.run());
    }

    /** The status bar's count: none is "No problems" only when no check is running. */
    static String problemsText(int n, boolean checking) {
        if (n == 0) {
            return checking ? "Checking…" : "No problems";
        }
        return n + (n == 1 ? " problem" : " problems");
    }
}
