package dev.archivist.gui.metadata;

import dev.archivist.gui.common.Icons;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.controlsfx.glyphfont.FontAwesome;

/** The links as a small table of text fields: text, link, and buttons to reorder and remove. */
public final class LinksPane {
    private final MetadataViewModel vm;
    private final GridPane grid;
    private Marks marks = new Marks();

    LinksPane(MetadataViewModel vm, GridPane grid, Button addButton) {
        this.vm = vm;
        this.grid = grid;
        addButton.setGraphic(Icons.of(FontAwesome.Glyph.PLUS));
        addButton.setOnAction(e -> vm.addLink());
        vm.links().addListener((javafx.collections.ListChangeListener<LinkRow>) c -> rebuild());
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        marks = new Marks();
        Label textHeader = new Label("Text");
        Label linkHeader = new Label("Link");
        textHeader.getStyleClass().add("column-header");
        linkHeader.getStyleClass().add("column-header");
        grid.addRow(0, textHeader, linkHeader);
        List<LinkRow> rows = vm.links();
        for (int i = 0; i < rows.size(); i++) {
            addRow(rows.get(i), i + 1, rows.size());
        }
        if (rows.isEmpty()) {
            Label none = new Label("No links");
            none.getStyleClass().add("muted");
            grid.add(none, 0, 1, 2, 1);
        }
    }

    private void addRow(LinkRow row, int gridRow, int count) {
        TextField text = new TextField();
        text.setPromptText("text");
        text.textProperty().bindBidirectional(row.text().valueProperty());
        TextField link = new TextField();
        link.setPromptText("https://…");
        link.textProperty().bindBidirectional(row.link().valueProperty());
        marks.watch(text, () -> row.text().get().isBlank() ? List.of("A link needs a text") : List.of(),
                () -> vm.problemsAt(row.text().path()));
        marks.watch(link, () -> row.invalidProperty().get() ? List.of("Not a valid http(s) URL") : List.of(),
                () -> vm.problemsAt(LinkRow.path(row.index())).stream()
                        .filter(m -> !vm.problemsAt(row.text().path()).contains(m)).toList());
        int i = row.index();
        Button up = button(FontAwesome.Glyph.ARROW_UP, "Move up", () -> vm.moveLink(i, -1));
        Button down = button(FontAwesome.Glyph.ARROW_DOWN, "Move down", () -> vm.moveLink(i, 1));
        Button remove = button(FontAwesome.Glyph.TRASH_ALT, "Remove link", () -> vm.removeLink(i));
        up.setDisable(i == 0);
        down.setDisable(i == count - 1);
        grid.addRow(gridRow, text, link, new HBox(2, up, down, remove));
    }

    /** A small flat icon button, its tip also its accessible text. */
    public static Button button(FontAwesome.Glyph glyph, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(Icons.of(glyph));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
