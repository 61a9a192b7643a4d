package dev.archivist.gui.help;

import dev.archivist.gui.common.Action;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** The keyboard shortcuts of a menu bar, read from its menus' items so the list cannot drift from them. */
public final class Shortcuts {

    /**
     * The accelerators of one menu.
     *
     * @param menu the menu's title, without its mnemonic mark
     */
    public record Section(String menu, List<Shortcut> shortcuts) {
    }

    /** One item's name and its keys as the menu shows them ("Ctrl+S"). */
    public record Shortcut(String action, String keys) {
    }

    private Shortcuts() {
    }

    /** Each menu that has items with accelerators, in the bar's order; submenus count as their menu's. */
    public static List<Section> of(List<Menu> menus) {
        List<Section> out = new ArrayList<>();
        for (Menu m : menus) {
            List<Shortcut> shortcuts = new ArrayList<>();
            collect(m, shortcuts);
            if (!shortcuts.isEmpty()) {
                out.add(new Section(m.getText().replace("_", ""), List.copyOf(shortcuts)));
            }
        }
        return out;
    }

    private static void collect(Menu menu, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(name(item), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /**
     * The item's text, but the action's own name where the text adds what it would act on
     * ("Undo", not "Undo Set title"); an episode's "Add Section" stays itself.
     */
    private static String name(MenuItem item) {
        String text = item.getText();
        if (item.getUserData() instanceof Action a && text.startsWith(a.text())) {
            text = a.text();
        }
        return text.replace("…", "");
    }
}
