package dev.archivist.gui.help;

import dev.archivist.model.Kind;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Window;

/** The Help menu's windows over the editor: About, Keyboard Shortcuts and Problem Kinds. */
public final class Help {
    private final Window owner;
    private final Supplier<List<Menu>> menus;
    private ProblemKindsView kinds;

    /** @param menus the window's menus, read when the shortcuts are shown */
    public Help(Window owner, Supplier<List<Menu>> menus) {
        this.owner = owner;
        this.menus = menus;
    }

    public void about() {
        new AboutView().show(owner);
    }

    public void shortcuts() {
        new ShortcutsView(Shortcuts.of(menus.get())).show(owner);
    }

    /** Opens Problem Kinds on the kind (the first one when null). */
    public void kinds(Kind kind) {
        if (kinds == null) {
            kinds = new ProblemKindsView();
        }
        kinds.show(owner, kind == null ? Kind.values()[0] : kind);
    }
}
