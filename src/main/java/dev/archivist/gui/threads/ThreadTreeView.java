package dev.archivist.gui.threads;

import atlantafx.base.controls.CustomTextField;
import dev.archivist.edit.Archive;
import dev.archivist.gui.common.Action;
import dev.archivist.gui.common.ActionControls;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * Shows the threads and replies of the current page, keeps the tree's selection and the view
 * model's in step, and updates only the rows whose messages changed.
 */
public final class ThreadTreeView {
    private final ThreadTreeViewModel vm;
    private final VBox root;
    private final TreeItem<MessageRow> hidden = new TreeItem<>();
    private YMapping shown;
    private int replyCount;
    private boolean syncing;

    @FXML private Label countLabel;
    @FXML private CustomTextField filterField;
    @FXML private TreeView<MessageRow> threadTree;
    @FXML private Label emptyLabel;
    @FXML private Button addThreadButton;
    @FXML private Button addReplyButton;
    @FXML private Button deleteButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private MenuButton moreButton;

    public ThreadTreeView(ThreadTreeViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("thread-tree", this);
        threadTree.setRoot(hidden);
        threadTree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        threadTree.setFixedCellSize(30);
        threadTree.setCellFactory(t -> new DraggableMessageCell(vm, vm.problemCountsProperty(), vm.matchesProperty()::get));
        filterField.setLeft(Icons.of(FontAwesome.Glyph.SEARCH));
        filterField.textProperty().bindBidirectional(vm.filterProperty());
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
                threadTree.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN) {
                threadTree.requestFocus();
            }
        });
        vm.rootProperty().addListener((o, a, b) -> show());
        vm.matchesProperty().addListener((o, a, b) -> rebuild());
        vm.selection().addListener((javafx.collections.ListChangeListener<MessagePlace>) c -> selectFromModel());
        threadTree.getSelectionModel().getSelectedItems()
                .addListener((javafx.collections.ListChangeListener<TreeItem<MessageRow>>) c -> selectionToModel());
        show();
    }

    public VBox root() {
        return root;
    }

    public TreeView<MessageRow> tree() {
        return threadTree;
    }

    /** Puts the actions on the buttons under the tree; the rest go in the "more" menu. */
    public void setActions(Action addThread, Action addReply, Action delete, Action up, Action down, List<Action> more) {
        ActionControls.configure(addThreadButton, addThread);
        ActionControls.configure(addReplyButton, addReply);
        ActionControls.configure(deleteButton, delete);
        ActionControls.configure(upButton, up);
        ActionControls.configure(downButton, down);
        moreButton.setGraphic(Icons.of(FontAwesome.Glyph.ELLIPSIS_H));
        moreButton.setTooltip(new javafx.scene.control.Tooltip("More"));
        more.forEach(a -> moreButton.getItems().add(ActionControls.menuItem(a)));
    }

    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private void show() {
        YMapping now = vm.rootProperty().get();
        if (vm.matchesProperty().get() != null || shown == null || now == null) {
            rebuild();
            return;
        }
        List<YNode> before = Archive.threads(shown);
        List<YNode> after = Archive.threads(now);
        shown = now;
        if (before.size() != after.size()) {
            rebuild();
            return;
        }
        for (int t = 0; t < after.size(); t++) {
            if (before.get(t) != after.get(t)) {
                replyCount += Archive.replies(after.get(t)).size() - Archive.replies(before.get(t)).size();
                ((ThreadItem) hidden.getChildren().get(t)).update(new MessageRow(MessagePlace.thread(t), after.get(t)));
            }
        }
        updateCount();
        selectFromModel();
    }

    /** Makes every row again (another file, a filter, a thread added or removed). */
    private void rebuild() {
        YMapping now = vm.rootProperty().get();
        shown = now;
        Set<MessagePlace> matches = vm.matchesProperty().get();
        Set<Integer> expanded = expandedThreads();
        List<TreeItem<MessageRow>> items = new ArrayList<>();
        if (now != null) {
            List<YNode> threads = Archive.threads(now);
            for (int t = 0; t < threads.size(); t++) {
                if (matches == null) {
                    ThreadItem item = new ThreadItem(new MessageRow(MessagePlace.thread(t), threads.get(t)));
                    item.setExpanded(expanded.contains(t));
                    items.add(item);
                } else if (matches.contains(MessagePlace.thread(t)) || vm.shownForContext(MessagePlace.thread(t))) {
                    items.add(filtered(t, threads.get(t), matches));
                }
            }
        }
        syncing = true;
        try {
            threadTree.getSelectionModel().clearSelection();
            hidden.getChildren().setAll(items);
        } finally {
            syncing = false;
        }
        replyCount = countReplies();
        updateCount();
        selectFromModel();
    }

    private Set<Integer> expandedThreads() {
        Set<Integer> out = new java.util.HashSet<>();
        for (TreeItem<MessageRow> item : hidden.getChildren()) {
            if (item.isExpanded()) {
                out.add(item.getValue().place().thread());
            }
        }
        return out;
    }

    private static TreeItem<MessageRow> filtered(int t, YNode thread, Set<MessagePlace> matches) {
        TreeItem<MessageRow> item = new TreeItem<>(new MessageRow(MessagePlace.thread(t), thread));
        List<YNode> replies = Archive.replies(thread);
        for (int r = 0; r < replies.size(); r++) {
            if (matches.contains(MessagePlace.reply(t, r))) {
                item.getChildren().add(new TreeItem<>(new MessageRow(MessagePlace.reply(t, r), replies.get(r))));
            }
        }
        item.setExpanded(true);
        return item;
    }

    private int countReplies() {
        YMapping now = vm.rootProperty().get();
        int replies = 0;
        if (now != null) {
            for (YNode t : Archive.threads(now)) {
                replies += Archive.replies(t).size();
            }
        }
        return replies;
    }

    /** Shows the counts; typing must not walk ten thousand threads, so the reply count is kept up to date. */
    private void updateCount() {
        YMapping now = vm.rootProperty().get();
        int threads = now == null ? 0 : Archive.threads(now).size();
        int replies = replyCount;
        Set<MessagePlace> matches = vm.matchesProperty().get();
        countLabel.setText(now == null ? "" : matches != null ? matches.size() + " found"
                : threads + " threads · " + replies + " replies");
        emptyLabel.setText(matches != null ? "Nothing matches the filter" : now == null ? "No page open" : "No threads");
        emptyLabel.setVisible(hidden.getChildren().isEmpty());
    }

    private void selectionToModel() {
        if (syncing) {
            return;
        }
        List<MessagePlace> places = new ArrayList<>();
        for (TreeItem<MessageRow> item : threadTree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                places.add(item.getValue().place());
            }
        }
        TreeItem<MessageRow> lead = threadTree.getSelectionModel().getSelectedItem();
        if (lead != null && lead.getValue() != null) {
            places.remove(lead.getValue().place());
            places.add(lead.getValue().place());
        }
        syncing = true;
        try {
            if (!places.equals(vm.selection())) {
                vm.selection().setAll(places);
            }
        } finally {
            syncing = false;
        }
    }

    private void selectFromModel() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var sm = threadTree.getSelectionModel();
            List<TreeItem<MessageRow>> wanted = new ArrayList<>();
            for (MessagePlace p : vm.selection()) {
                TreeItem<MessageRow> item = item(p);
                if (item != null) {
                    wanted.add(item);
                }
            }
            if (wanted.equals(new ArrayList<>(sm.getSelectedItems()))) {
                return;
            }
            sm.clearSelection();
            for (TreeItem<MessageRow> item : wanted) {
                int row = threadTree.getRow(item);
                sm.select(row);
            }
            if (!wanted.isEmpty()) {
                int row = threadTree.getRow(wanted.get(wanted.size() - 1));
                threadTree.getFocusModel().focus(row);
                scrollIntoView(row);
            }
        } finally {
            syncing = false;
        }
    }

    private void scrollIntoView(int row) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) threadTree.lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            threadTree.scrollTo(Math.max(0, row - 3));
        } else if (row < flow.getFirstVisibleCell().getIndex() || row > flow.getLastVisibleCell().getIndex()) {
            threadTree.scrollTo(Math.max(0, row - 3));
        }
    }

    /** The row of a message, expanding its thread; null when it is filtered out. */
    TreeItem<MessageRow> item(MessagePlace p) {
        Map<Integer, TreeItem<MessageRow>> byThread = new HashMap<>();
        TreeItem<MessageRow> thread = null;
        if (vm.matchesProperty().get() == null) {
            thread = p.thread() < hidden.getChildren().size() ? hidden.getChildren().get(p.thread()) : null;
        } else {
            for (TreeItem<MessageRow> t : hidden.getChildren()) {
                byThread.put(t.getValue().place().thread(), t);
            }
            thread = byThread.get(p.thread());
        }
        if (thread == null || p.isThread()) {
            return thread;
        }
        if (vm.matchesProperty().get() == null) {
            boolean has = p.reply() < thread.getChildren().size();
            if (has) {
                thread.setExpanded(true);
            }
            return has ? thread.getChildren().get(p.reply()) : null;
        }
        for (TreeItem<MessageRow> r : thread.getChildren()) {
            if (r.getValue().place().equals(p)) {
                thread.setExpanded(true);
                return r;
            }
        }
        return null;
    }
}
