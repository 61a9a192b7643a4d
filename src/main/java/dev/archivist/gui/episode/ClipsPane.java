package dev.archivist.gui.episode;

import dev.archivist.gui.metadata.LinkRow;
import dev.archivist.gui.metadata.Marks;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

/**
 * The quotable clips as a table of fields: name, start, end, URL; a start is written on Enter or
 * when left. The table folds under its title with the clips' count and its fields are made only
 * while it is open: a real episode has 25 clips, and a hundred text fields made at once held the
 * page's first frame for half a second.
 */
final class ClipsPane {
    private final EpisodeViewModel vm;
    private final TitledPane pane;
    private final GridPane grid;
    private Marks marks = new Marks();
    private boolean stale = true;

    ClipsPane(EpisodeViewModel vm, TitledPane pane, GridPane grid) {
        this.vm = vm;
        this.pane = pane;
        this.grid = grid;
        vm.clips().addListener((ListChangeListener<ClipRow>) c -> changed());
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
        pane.expandedProperty().addListener((o, a, open) -> {
            if (open && stale) {
                rebuild();
            }
        });
        changed();
    }

    /** Opens the table (a clip's problem was selected). */
    void open() {
        pane.setExpanded(true);
    }

    private void changed() {
        int n = vm.clips().size();
        pane.setText("Quotable clips (" + (n == 0 ? "none" : n) + ")");
        stale = true;
        if (pane.isExpanded()) {
            rebuild();
        }
    }

    private void rebuild() {
        stale = false;
        grid.getChildren().clear();
        marks = new Marks();
        grid.addRow(0, header("Name"), header("Start"), header("End"), header("URL"));
        for (ClipRow row : vm.clips()) {
            addRow(row);
        }
        if (vm.clips().isEmpty()) {
            Label none = new Label("No clips");
            none.getStyleClass().add("muted");
            grid.add(none, 0, 1, 2, 1);
        }
    }

    private void addRow(ClipRow row) {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(row.name().valueProperty());
        TextField start = new TextField(row.start().get());
        start.setId("clip-start-" + row.index());
        row.start().valueProperty().addListener((o, a, b) -> start.setText(b));
        TextField end = new TextField();
        end.textProperty().bindBidirectional(row.end().valueProperty());
        TextField url = new TextField();
        url.textProperty().bindBidirectional(row.url().valueProperty());
        String[] error = {null};
        Runnable commit = () -> {
            if (!start.getText().equals(row.start().get())) {
                error[0] = vm.setClipStart(row.index(), start.getText());
                marks.refresh();
            }
        };
        start.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
                e.consume();
            }
        });
        start.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        marks.watch(start, () -> error[0] == null ? List.of() : List.of(error[0]),
                () -> vm.problemsAt(ClipRow.path(row.index()).key("startOffset")));
        marks.watch(end, () -> EpisodeViewModel.integerError(row.end().get()) == null ? List.of()
                : List.of("The end is a number of seconds"), () -> vm.problemsAt(ClipRow.path(row.index()).key("endOffset")));
        marks.watch(url, () -> LinkRow.validUrl(row.url().get()) ? List.of() : List.of("Not a valid http(s) URL"),
                () -> vm.problemsAt(ClipRow.path(row.index()).key("url")));
        grid.addRow(row.index() + 1, name, start, end, url);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("column-header");
        return l;
    }
}
