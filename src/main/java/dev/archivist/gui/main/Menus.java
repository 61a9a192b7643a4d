package dev.archivist.gui.main;

import dev.archivist.gui.common.Action;
import dev.archivist.gui.common.ActionControls;
import dev.archivist.model.PageKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The menu bar and the toolbar, made from the window's actions in one place. */
final class Menus {
    private final MainViewModel vm;
    private final Actions actions;
    private final Consumer<Path> openRecent;

    /** @param openRecent opens a recent file (asking about unsaved edits first) */
    Menus(MainViewModel vm, Actions actions, Consumer<Path> openRecent) {
        this.vm = vm;
        this.actions = actions;
        this.openRecent = openRecent;
    }

    List<Menu> menuBar() {
        Menu file = ActionControls.menu("_File", actions.fileMenu());
        file.getItems().add(2, recentMenu());
        Menu threads = ActionControls.menu("_Threads", actions.threadsMenu());
        // on an episode its commands act on the transcript's sections and lines, and it says so
        threads.textProperty().bind(Bindings.when(Bindings.createBooleanBinding(
                () -> vm.pageKindProperty().get() == PageKind.PODCAST, vm.pageKindProperty())).then("_Transcript").otherwise("_Threads"));
        return List.of(file,
                ActionControls.menu("_Edit", actions.editMenu()),
                threads,
                ActionControls.menu("_Page", List.of(actions.parseAgain)),
                ActionControls.menu("_Site", actions.siteMenu()),
                ActionControls.menu("P_roblems", actions.problemsMenu()),
                ActionControls.menu("_View", actions.viewMenu()),
                ActionControls.menu("_Help", actions.helpMenu()));
    }

    /** Icon buttons, a few with their text, and the theme switch at the far end. */
    List<Node> toolBar() {
        List<Node> out = new ArrayList<>();
        for (Action a : actions.toolbar()) {
            if (a == Action.SEPARATOR) {
                out.add(new Separator(Orientation.VERTICAL));
                continue;
            }
            Button b = ActionControls.button(a);
            if (a == actions.save || a == actions.review || a == actions.open) {
                b.setText(a.text().replace("…", ""));
            }
            out.add(b);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        out.add(spacer);
        out.add(ActionControls.button(actions.darkTheme));
        return out;
    }

    /** Filled each time it opens, from the recent files. */
    private Menu recentMenu() {
        Menu recent = new Menu("Open Recent");
        MenuItem none = new MenuItem("No recent files");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : vm.recent()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(x -> openRecent.accept(p));
                recent.getItems().add(item);
            }
            if (vm.recent().isEmpty()) {
                recent.getItems().add(none);
            } else {
                MenuItem clear = new MenuItem("Clear Recent Files");
                clear.setOnAction(x -> vm.clearRecent());
                recent.getItems().addAll(new SeparatorMenuItem(), clear);
            }
        });
        return recent;
    }
}
