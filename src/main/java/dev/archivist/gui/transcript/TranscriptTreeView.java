package dev.archivist.gui.transcript;

import dev.archivist.gui.common.Action;
import dev.archivist.gui.common.ActionControls;
import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.threads.Drop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** An episode's transcript as sections with their lines (who, time, start of the text), in step with the view model's selection. */
public final class TranscriptTreeView {
    private final TranscriptTreeViewModel vm;
    private final VBox root;
    private final TreeItem<TranscriptRow> hidden = new TreeItem<>();
    /** The rows in the transcript's order: row i shows item i. */
    private final List<TreeItem<TranscriptRow>> items = new ArrayList<>();
    private boolean syncing;

    @FXML private Label countLabel;
    @FXML private TreeView<TranscriptRow> transcriptTree;
    @FXML private Label emptyLabel;
    @FXML private Button addSectionButton;
    @FXML private Button addLineButton;
    @FXML private Button deleteButton;
    @FXML private Button upButton;
    @FXML private Button downButton;

    public TranscriptTreeView(TranscriptTreeViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("transcript-tree", this);
        transcriptTree.setRoot(hidden);
        transcriptTree.setFixedCellSize(30);
        transcriptTree.setCellFactory(t -> new RowCell(vm));
        vm.rootProperty().addListener((o, a, b) -> show());
        vm.selectedProperty().addListener((o, a, b) -> selectFromModel());
        transcriptTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.select(b == null || b.getValue() == null ? null : b.getValue().index());
            }
        });
        rebuild();
    }

    public VBox root() {
        return root;
    }

    public TreeView<TranscriptRow> tree() {
        return transcriptTree;
    }

    /** Puts the actions (the threads' commands, acting on the transcript) on the buttons under the tree. */
    public void setActions(Action addSection, Action addLine, Action delete, Action up, Action down) {
        ActionControls.configure(addSectionButton, addSection);
        ActionControls.configure(addLineButton, addLine);
        ActionControls.configure(deleteButton, delete);
        ActionControls.configure(upButton, up);
        ActionControls.configure(downButton, down);
    }

    /**
     * Shows the transcript as it now is: when its sections stand where they stood (typing, a line
     * moved within its section), only the rows whose item changed are given their new value;
     * otherwise every row is made again. A keystroke in a line of a 2,000-line transcript used to
     * make every row again.
     */
    private void show() {
        List<TranscriptRow> rows = vm.rows();
        boolean sameShape = rows.size() == items.size() && !rows.isEmpty();
        for (int i = 0; sameShape && i < rows.size(); i++) {
            sameShape = rows.get(i).isHeader() == items.get(i).getValue().isHeader();
        }
        if (!sameShape) {
            rebuild();
            return;
        }
        syncing = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).node() != items.get(i).getValue().node()) {
                    items.get(i).setValue(rows.get(i));
                }
            }
        } finally {
            syncing = false;
        }
        selectFromModel();
    }

    private void rebuild() {
        Set<Integer> expanded = new HashSet<>();
        for (TreeItem<TranscriptRow> item : hidden.getChildren()) {
            if (item.isExpanded() && item.getValue().isHeader()) {
                expanded.add(item.getValue().index());
            }
        }
        boolean first = hidden.getChildren().isEmpty();
        List<TranscriptRow> rows = vm.rows();
        syncing = true;
        try {
            hidden.getChildren().clear();
            items.clear();
            TreeItem<TranscriptRow> section = null;
            int lines = 0;
            for (TranscriptRow row : rows) {
                TreeItem<TranscriptRow> item = new TreeItem<>(row);
                items.add(item);
                if (row.isHeader()) {
                    section = item;
                    item.setExpanded(first || expanded.contains(row.index()));
                    hidden.getChildren().add(item);
                } else {
                    lines++;
                    (section == null ? hidden : section).getChildren().add(item);
                }
            }
            countLabel.setText(rows.size() - lines + " sections · " + lines + " lines");
            emptyLabel.setVisible(rows.isEmpty());
        } finally {
            syncing = false;
        }
        selectFromModel();
    }

    private void selectFromModel() {
        Integer s = vm.selectedProperty().get();
        TreeItem<TranscriptRow> target = s == null || s >= items.size() ? null : items.get(s);
        if (target == transcriptTree.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (target == null) {
                transcriptTree.getSelectionModel().clearSelection();
                return;
            }
            if (target.getParent() != hidden) {
                target.getParent().setExpanded(true);
            }
            transcriptTree.getSelectionModel().select(target);
            int row = transcriptTree.getRow(target);
            if (row >= 0) {
                transcriptTree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * A section shows its header; a line its speaker, time and the start of its text. A row can be
     * dragged: a line before or after another line, or onto a section (to its end); a section
     * before or after another section.
     */
    private static final class RowCell extends TreeCell<TranscriptRow> {
        private static final DataFormat ITEM = new DataFormat("application/x-archivist-transcript-item");
        private static final PseudoClass BEFORE = PseudoClass.getPseudoClass(Css.DROP_BEFORE);
        private static final PseudoClass AFTER = PseudoClass.getPseudoClass(Css.DROP_AFTER);
        private static final PseudoClass INTO = PseudoClass.getPseudoClass(Css.DROP_INTO);
        /** The index of the item being dragged; one drag at a time in one window. */
        private static Integer dragged;

        private static final PseudoClass SECTION = PseudoClass.getPseudoClass("thread");

        // made once per cell and given each row's texts: a keystroke redraws the visible rows
        private final Label header = new Label();
        private final Label who = new Label();
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox line = new HBox(8, who, time, text);

        RowCell(TranscriptTreeViewModel vm) {
            getStyleClass().add(Css.MESSAGE_CELL);
            header.getStyleClass().add(Css.MESSAGE_NAME);
            who.getStyleClass().add(Css.MESSAGE_NAME);
            who.setMinWidth(Label.USE_PREF_SIZE);
            time.getStyleClass().addAll(Css.MUTED, Css.MONOSPACE);
            time.setMinWidth(Label.USE_PREF_SIZE);
            text.getStyleClass().add(Css.MESSAGE_PREVIEW);
            text.setMinWidth(0);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // the row fits the tree's width: long texts are cut, never scrolled sideways
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                dragged = getItem().index();
                Dragboard db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(ITEM, dragged.toString());
                db.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (getItem() == null || dragged == null || !e.getDragboard().hasContent(ITEM)) {
                    return;
                }
                Drop w = where(e);
                boolean ok = vm.canDrop(dragged, getItem().index(), w);
                if (ok) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                mark(ok ? w : null);
                e.consume();
            });
            setOnDragExited(e -> mark(null));
            setOnDragDropped(e -> {
                boolean done = getItem() != null && dragged != null && e.getDragboard().hasContent(ITEM)
                        && vm.canDrop(dragged, getItem().index(), where(e));
                if (done) {
                    vm.drop(dragged, getItem().index(), where(e));
                }
                mark(null);
                e.setDropCompleted(done);
                e.consume();
            });
            setOnDragDone(e -> dragged = null);
        }

        /** A header's row takes a drop into its middle half; any row before its top and after its bottom. */
        private Drop where(DragEvent e) {
            double y = e.getY() / Math.max(1, getHeight());
            if (getItem().isHeader()) {
                return y < 0.25 ? Drop.BEFORE : y > 0.75 ? Drop.AFTER : Drop.INTO;
            }
            return y < 0.5 ? Drop.BEFORE : Drop.AFTER;
        }

        private void mark(Drop w) {
            pseudoClassStateChanged(BEFORE, w == Drop.BEFORE);
            pseudoClassStateChanged(AFTER, w == Drop.AFTER);
            pseudoClassStateChanged(INTO, w == Drop.INTO);
        }

        @Override
        protected void updateItem(TranscriptRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(SECTION, !empty && row != null && row.isHeader());
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
            } else if (row.isHeader()) {
                header.setText(row.field("header"));
                setGraphic(header);
            } else {
                who.setText(row.field("who").isEmpty() ? "(no speaker)" : row.field("who"));
                time.setText(row.field("time"));
                text.setText(row.preview());
                setGraphic(line);
            }
        }
    }
}
