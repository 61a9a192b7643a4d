package dev.archivist.gui.metadata;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * A list of {@code _people} ids (authors, guests) as chips (name and id; unknown ids marked) and
 * a field to add one, with completion.
 */
public final class PeoplePane {
    private final IdList vm;
    private final FlowPane pane;
    private final TextField addField = new TextField();

    public PeoplePane(IdList vm, FlowPane pane) {
        this.vm = vm;
        this.pane = pane;
        addField.setPromptText("Add " + vm.noun() + ": id or name");
        addField.setPrefColumnCount(16);
        // one Enter adds: on typed text, or on a choice of the completion
        addField.setOnAction(e -> add(addField.getText()));
        dev.archivist.gui.common.Completion.bind(addField, vm::suggest, this::add);
        vm.rows().addListener((javafx.collections.ListChangeListener<AuthorRow>) c -> rebuild());
        rebuild();
    }

    private void add(String typed) {
        vm.add(typed);
        addField.clear();
    }

    private void rebuild() {
        boolean typing = addField.isFocused();
        pane.getChildren().clear();
        for (AuthorRow a : vm.rows()) {
            pane.getChildren().add(chip(a));
        }
        pane.getChildren().add(addField);
        if (typing) {
            // the field left the scene for a moment: the next name is typed without a click
            addField.requestFocus();
        }
    }

    private HBox chip(AuthorRow a) {
        Label name = new Label(a.known() ? a.name() : a.id());
        Label id = new Label(a.known() ? a.id() : "not a _people id");
        id.getStyleClass().add(Css.MUTED);
        Button remove = new Button();
        remove.setGraphic(Icons.of(FontAwesome.Glyph.CLOSE));
        remove.getStyleClass().addAll("flat", "chip-remove");
        remove.setAccessibleText("Remove " + a.id());
        remove.setOnAction(e -> vm.remove(a.index()));
        HBox chip = new HBox(6, name, id, remove);
        chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        chip.getStyleClass().add(Css.CHIP);
        if (!a.known()) {
            chip.getStyleClass().add(Css.CHIP_UNKNOWN);
            name.setGraphic(Icons.of(FontAwesome.Glyph.WARNING, Css.WARNING));
            Tooltip.install(chip, new Tooltip("'" + a.id() + "' is not the id of a page in _people/."
                    + " Use a person's id so the site can link to them."));
        }
        MenuItem left = new MenuItem("Move left");
        left.setOnAction(e -> vm.move(a.index(), -1));
        MenuItem right = new MenuItem("Move right");
        right.setOnAction(e -> vm.move(a.index(), 1));
        MenuItem del = new MenuItem("Remove");
        del.setOnAction(e -> vm.remove(a.index()));
        ContextMenu menu = new ContextMenu(left, right, del);
        chip.setOnContextMenuRequested(e -> menu.show(chip, e.getScreenX(), e.getScreenY()));
        return chip;
    }
}
