package dev.archivist.gui.episode;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.metadata.LinkRow;
import dev.archivist.gui.metadata.LinksPane;
import dev.archivist.gui.metadata.Marks;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.glyphfont.FontAwesome;

/** An episode's {@code ids} or {@code links}: one row per platform, a row to add one; links get URL marks. */
final class PlatformsPane {
    private final EpisodeViewModel vm;
    private final String key;
    private final ObservableList<PlatformRow> rows;
    private final GridPane grid;
    private final Label error = new Label();
    private Marks marks = new Marks();

    PlatformsPane(EpisodeViewModel vm, String key, ObservableList<PlatformRow> rows, GridPane grid) {
        this.vm = vm;
        this.key = key;
        this.rows = rows;
        this.grid = grid;
        error.getStyleClass().add("field-error");
        rows.addListener((ListChangeListener<PlatformRow>) c -> rebuild());
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
        rebuild();
    }

    private boolean urls() {
        return EpisodeViewModel.LINKS.equals(key);
    }

    private void rebuild() {
        grid.getChildren().clear();
        marks = new Marks();
        int r = 0;
        for (PlatformRow row : rows) {
            Label platform = new Label(row.platform());
            platform.getStyleClass().add(Css.MONOSPACE);
            TextField value = new TextField();
            value.setId(key + "-" + row.platform());
            value.textProperty().bindBidirectional(row.value().valueProperty());
            marks.watch(value, () -> urls() && !LinkRow.validUrl(row.value().get()) ? List.of("Not a valid http(s) URL") : List.of(),
                    () -> vm.problemsAt(row.value().path()));
            grid.addRow(r++, platform, value, LinksPane.button(FontAwesome.Glyph.TRASH_ALT, "Remove " + row.platform(),
                    () -> vm.removePlatform(key, row.platform())));
        }
        TextField newPlatform = new TextField();
        newPlatform.setPromptText("platform");
        TextField newValue = new TextField();
        newValue.setPromptText(urls() ? "https://…" : "id");
        Runnable add = () -> {
            try {
                vm.addPlatform(key, newPlatform.getText(), newValue.getText());
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        };
        newValue.setOnAction(e -> add.run());
        grid.addRow(r++, newPlatform, newValue, LinksPane.button(FontAwesome.Glyph.PLUS, "Add to " + key, add));
        grid.add(error, 1, r);
    }
}
