package dev.archivist.gui.files;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;

/** The side list of the open folder's pages with their problem counts. */
public final class FilesView {
    private final FilesViewModel vm;
    private final VBox root;
    private final Supplier<Path> current;
    private boolean syncing;

    @FXML private Label folderLabel;
    @FXML private Label countLabel;
    @FXML private Button closeButton;
    @FXML private ListView<FileRow> fileList;

    /**
     * @param current the page open in the editor
     * @param open asked to open a page (it asks about unsaved edits, and may not)
     */
    public FilesView(FilesViewModel vm, Supplier<Path> current, Consumer<Path> open) {
        this.vm = vm;
        this.current = current;
        this.root = Fxml.load("files", this);
        fileList.setItems(vm.files());
        fileList.setCellFactory(l -> new FileCell());
        closeButton.setGraphic(Icons.of(FontAwesome.Glyph.CLOSE));
        closeButton.setTooltip(new Tooltip("Close the folder"));
        closeButton.setOnAction(e -> vm.close());
        vm.folderProperty().addListener((o, a, b) -> folderLabel.setText(b == null ? "" : b.getFileName().toString()));
        vm.files().addListener((javafx.collections.ListChangeListener<FileRow>) c -> {
            countLabel.setText(vm.files().size() + " pages");
            javafx.application.Platform.runLater(this::syncSelection);
        });
        fileList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !b.path().equals(current.get())) {
                // after the list is done selecting: opening may ask first, and the row follows the open page
                javafx.application.Platform.runLater(() -> {
                    open.accept(b.path());
                    syncSelection();
                });
            }
        });
    }

    public VBox root() {
        return root;
    }

    /** Selects the row of the page open in the editor. */
    public void syncSelection() {
        syncing = true;
        try {
            Path p = current.get();
            FileRow row = vm.files().stream().filter(r -> r.path().equals(p)).findFirst().orElse(null);
            if (row == null) {
                fileList.getSelectionModel().clearSelection();
            } else {
                fileList.getSelectionModel().select(row);
            }
            fileList.refresh();
        } finally {
            syncing = false;
        }
    }

    /** A page: its path in the folder and its problem count, or why it cannot be read. */
    private final class FileCell extends ListCell<FileRow> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box = new HBox(8, name, count);

        FileCell() {
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(0);
            count.getStyleClass().add(Css.BADGE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(FileRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(row.name());
            name.setStyle(row.path().equals(current.get()) ? "-fx-font-weight: bold;" : "");
            count.getStyleClass().removeAll("badge-clean", "badge-error");
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
            setGraphic(box);
        }
    }
}
