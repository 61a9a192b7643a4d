package dev.archivist.gui.help;

import dev.archivist.gui.common.Fxml;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts: every accelerator of the menus, grouped by menu, in two columns. */
public final class ShortcutsView {
    private static final int COLUMNS_PER_SIDE = 3;
    private final GridPane root;

    @FXML private GridPane shortcutGrid;

    public ShortcutsView(List<Shortcuts.Section> sections) {
        this.root = Fxml.load("shortcuts", this);
        int total = sections.stream().mapToInt(s -> s.shortcuts().size() + 1).sum();
        int row = 0;
        int column = 0;
        for (Shortcuts.Section s : sections) {
            // the second column starts with the menu that would take the first past half the rows
            if (column == 0 && row > 0 && row + s.shortcuts().size() + 1 > (total + 1) / 2) {
                column = COLUMNS_PER_SIDE;
                row = 0;
            }
            Label menu = new Label(s.menu());
            menu.getStyleClass().add("shortcut-menu");
            shortcutGrid.add(menu, column, row++, 2, 1);
            for (Shortcuts.Shortcut k : s.shortcuts()) {
                Label keys = new Label(k.keys());
                keys.getStyleClass().add("key");
                shortcutGrid.add(new Label(k.action()), column, row);
                shortcutGrid.add(keys, column + 1, row++);
            }
        }
    }

    public GridPane root() {
        return root;
    }

    public void show(Window owner) {
        HelpDialog.show(owner, "Keyboard Shortcuts", root);
    }
}
