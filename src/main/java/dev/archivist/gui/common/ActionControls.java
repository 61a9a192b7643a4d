package dev.archivist.gui.common;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/** Menu items and buttons made from {@link Action}s. */
public final class ActionControls {

    private ActionControls() {
    }

    public static MenuItem menuItem(Action a) {
        if (a == Action.SEPARATOR) {
            return new SeparatorMenuItem();
        }
        MenuItem item = new MenuItem(a.text());
        item.setUserData(a);
        if (a.dynamicText() != null) {
            item.textProperty().bind(a.dynamicText());
        }
        if (a.accelerator() != null) {
            item.setAccelerator(a.accelerator());
        }
        if (a.icon() != null) {
            item.setGraphic(Icons.of(a.icon()));
        }
        item.setOnAction(e -> a.handler().run());
        if (a.disabled() != null) {
            item.disableProperty().bind(a.disabled());
        }
        if (a.shown() != null) {
            item.visibleProperty().bind(a.shown());
        }
        return item;
    }

    public static Menu menu(String text, List<Action> actions) {
        Menu m = new Menu(text);
        actions.forEach(a -> m.getItems().add(menuItem(a)));
        return m;
    }

    /** An icon button with the action's text and accelerator as tooltip. */
    public static Button button(Action a) {
        Button b = new Button();
        configure(b, a);
        return b;
    }

    /** Makes a button (a new one, or one from FXML) the action's icon button. */
    public static void configure(Button b, Action a) {
        if (a.icon() != null) {
            b.setGraphic(Icons.of(a.icon()));
        } else {
            b.setText(a.text());
        }
        String tip = a.text() + (a.accelerator() == null ? "" : "  (" + a.accelerator().getDisplayText() + ")");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(a.text());
        b.setFocusTraversable(false);
        b.setOnAction(e -> a.handler().run());
        if (a.disabled() != null) {
            b.disableProperty().bind(a.disabled());
        }
    }
}
