package dev.archivist.gui.files;

import dev.archivist.gui.common.Css;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A row of the side list: a page with its problem count or why it cannot be read, or a collection with its totals. */
final class FileCell extends TreeCell<FileEntry> {
    private final Supplier<Path> current;
    private final Label name = new Label();
    private final Label pages = new Label();
    private final Label count = new Label();
    private final HBox box = new HBox(8, name, pages, count);

    FileCell(Supplier<Path> current) {
        this.current = current;
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinWidth(0);
        pages.getStyleClass().add(Css.MUTED);
        pages.setMinWidth(HBox.USE_PREF_SIZE);
        count.getStyleClass().add(Css.BADGE);
        count.setMinWidth(HBox.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(FileEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().remove(Css.FILE_GROUP);
        count.getStyleClass().removeAll("badge-clean", "badge-error");
        if (empty || entry == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (entry instanceof FileGroup g) {
            showGroup(g);
        } else {
            showPage((FileRow) entry);
        }
        setGraphic(box);
    }

    private void showGroup(FileGroup g) {
        getStyleClass().add(Css.FILE_GROUP);
        name.setText(g.label());
        name.setStyle("-fx-font-weight: bold;");
        pages.setText(g.pages() == 1 ? "1 page" : g.pages() + " pages");
        pages.setVisible(true);
        pages.setManaged(true);
        count.setText(g.checked() ? Integer.toString(g.problems()) : "…");
        if (g.checked() && g.problems() == 0 && g.errors() == 0) {
            count.getStyleClass().add("badge-clean");
        }
        String errors = g.errors() == 0 ? "" : ", " + g.errors() + (g.errors() == 1 ? " page" : " pages") + " that cannot be read";
        setTooltip(new Tooltip(g.problems() + " problems in " + pages.getText() + errors));
    }

    private void showPage(FileRow row) {
        name.setText(row.name());
        name.setStyle(row.path().equals(current.get()) ? "-fx-font-weight: bold;" : "");
        pages.setVisible(false);
        pages.setManaged(false);
        if (row.error() != null) {
            count.setText("error");
            count.getStyleClass().add("badge-error");
            setTooltip(new Tooltip(row.error()));
        } else {
            count.setText(row.problems() < 0 ? "…" : Integer.toString(row.problems()));
            if (row.problems() == 0) {
                count.getStyleClass().add("badge-clean");
            }
            setTooltip(new Tooltip(row.path().toString()));
        }
    }
}
