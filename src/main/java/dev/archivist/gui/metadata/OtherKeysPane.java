package dev.archivist.gui.metadata;

import dev.archivist.gui.common.Css;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * The generic key/value editor for keys the form does not know: a scalar is edited as text
 * (keeping its type where the text allows), a list or mapping as YAML, committed on Enter or
 * when the field loses focus.
 */
public final class OtherKeysPane {
    private final OtherKeys vm;
    private final GridPane grid;
    private final Label error = new Label();

    public OtherKeysPane(OtherKeys vm, GridPane grid, TextField newKey, TextField newValue, Button add) {
        this.vm = vm;
        this.grid = grid;
        error.getStyleClass().add("field-error");
        add.setOnAction(e -> {
            try {
                vm.add(newKey.getText(), newValue.getText());
                newKey.clear();
                newValue.clear();
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        newValue.setOnAction(add.getOnAction());
        vm.rows().addListener((javafx.collections.ListChangeListener<OtherRow>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int r = 0;
        for (OtherRow row : vm.rows()) {
            Label key = new Label(row.key());
            key.getStyleClass().add(Css.MONOSPACE);
            TextInputControl value = row.scalar() ? new TextField(row.text()) : yamlArea(row.text());
            value.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && (row.scalar() || e.isShortcutDown())) {
                    commit(row, value);
                    e.consume();
                }
            });
            value.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(row, value);
                }
            });
            Label type = new Label(row.type());
            type.getStyleClass().add(Css.MUTED);
            Button remove = LinksPane.button(FontAwesome.Glyph.TRASH_ALT, "Remove " + row.key(), () -> vm.remove(row.key()));
            grid.addRow(r++, key, value, type, remove);
        }
        if (vm.rows().isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().add(Css.MUTED);
            grid.add(none, 0, r++, 2, 1);
        }
        grid.add(error, 1, r, 3, 1);
    }

    private static TextArea yamlArea(String text) {
        TextArea area = new TextArea(text);
        area.getStyleClass().add(Css.MONOSPACE);
        area.setPrefRowCount(Math.min(8, Math.max(2, (int) text.lines().count())));
        area.setTooltip(new Tooltip("YAML; Ctrl+Enter or leaving the field applies it"));
        return area;
    }

    private void commit(OtherRow row, TextInputControl value) {
        if (value.getText().equals(row.text())) {
            return;
        }
        try {
            vm.set(row.key(), value.getText());
            error.setText("");
        } catch (IllegalArgumentException ex) {
            error.setText(row.key() + ": not valid YAML (" + ex.getMessage() + "); the value was not changed");
        }
    }
}
