package dev.archivist.gui.files;

import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * The side list of the open folder's pages with their problem counts; at a site root the pages
 * are under their collections, each with its page count and problem total.
 */
public final class FilesView {
    private final FilesViewModel vm;
    private final VBox root;
    private final Supplier<Path> current;
    private final TreeItem<FileEntry> top = new TreeItem<>();
    private boolean syncing;

    @FXML private Label folderLabel;
    @FXML private Label countLabel;
    @FXML private Button closeButton;
    @FXML private TreeView<FileEntry> fileTree;

    /**
     * @param current the page open in the editor
     * @param open asked to open a page (it asks about unsaved edits, and may not)
     */
    public FilesView(FilesViewModel vm, Supplier<Path> current, Consumer<Path> open) {
        this.vm = vm;
        this.current = current;
        this.root = Fxml.load("files", this);
        fileTree.setRoot(top);
        fileTree.setCellFactory(t -> new FileCell(current));
        closeButton.setGraphic(Icons.of(FontAwesome.Glyph.CLOSE));
        closeButton.setTooltip(new Tooltip("Close the folder"));
        closeButton.setOnAction(e -> vm.close());
        vm.folderProperty().addListener((o, a, b) -> folderLabel.setText(b == null ? "" : b.getFileName().toString()));
        vm.files().addListener((ListChangeListener<FileRow>) c -> {
            countLabel.setText(vm.files().size() + " pages");
            fill();
            Platform.runLater(this::syncSelection);
        });
        fileTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue() instanceof FileRow row && !row.path().equals(current.get())) {
                // after the list is done selecting: opening may ask first, and the row follows the open page
                Platform.runLater(() -> {
                    open.accept(row.path());
                    syncSelection();
                });
            }
        });
        fileTree.setOnKeyPressed(e -> {
            TreeItem<FileEntry> item = fileTree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                if (item.getValue() instanceof FileRow row) {
                    open.accept(row.path());
                    syncSelection();
                } else {
                    item.setExpanded(!item.isExpanded());
                }
                e.consume();
            }
        });
    }

    public VBox root() {
        return root;
    }

    /** True while the keyboard is in the list: a page opened from it leaves the arrows there for the next one. */
    public boolean focused() {
        return fileTree.isFocused();
    }

    /** Selects the row of the page open in the editor, showing its collection's pages when they are folded. */
    public void syncSelection() {
        syncing = true;
        try {
            TreeItem<FileEntry> item = itemOf(current.get());
            if (item == null) {
                fileTree.getSelectionModel().clearSelection();
            } else {
                item.getParent().setExpanded(true);
                fileTree.getSelectionModel().select(item);
            }
            fileTree.refresh();
        } finally {
            syncing = false;
        }
    }

    private TreeItem<FileEntry> itemOf(Path page) {
        for (TreeItem<FileEntry> item : top.getChildren()) {
            if (item.getValue() instanceof FileRow row && row.path().equals(page)) {
                return item;
            }
            for (TreeItem<FileEntry> child : item.getChildren()) {
                if (((FileRow) child.getValue()).path().equals(page)) {
                    return child;
                }
            }
        }
        return null;
    }

    /** Shows the pages: new values in the rows when the same pages are listed (folds and selection stay), else new rows. */
    private void fill() {
        List<FileGroup> groups = vm.groups();
        List<FileEntry> shape = groups.isEmpty() ? List.copyOf(vm.files()) : List.copyOf(groups);
        syncing = true;
        try {
            if (sameShape(shape)) {
                for (int i = 0; i < shape.size(); i++) {
                    TreeItem<FileEntry> item = top.getChildren().get(i);
                    item.setValue(shape.get(i));
                    if (shape.get(i) instanceof FileGroup g) {
                        for (int j = 0; j < g.rows().size(); j++) {
                            item.getChildren().get(j).setValue(g.rows().get(j));
                        }
                    }
                }
            } else {
                top.getChildren().setAll(shape.stream().map(FilesView::item).toList());
            }
        } finally {
            syncing = false;
        }
    }

    private boolean sameShape(List<FileEntry> shape) {
        if (shape.size() != top.getChildren().size()) {
            return false;
        }
        for (int i = 0; i < shape.size(); i++) {
            if (!Objects.equals(key(shape.get(i)), key(top.getChildren().get(i).getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** What a row stands for: a page's path, or a group's name and its pages' paths. */
    private static Object key(FileEntry e) {
        if (e instanceof FileGroup g) {
            return List.of(g.name(), g.rows().stream().map(FileRow::path).toList());
        }
        return ((FileRow) e).path();
    }

    private static TreeItem<FileEntry> item(FileEntry e) {
        TreeItem<FileEntry> item = new TreeItem<>(e);
        if (e instanceof FileGroup g) {
            item.setExpanded(true);
            g.rows().forEach(r -> item.getChildren().add(new TreeItem<>(r)));
        }
        return item;
    }
}
