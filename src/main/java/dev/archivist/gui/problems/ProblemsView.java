package dev.archivist.gui.problems;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.controlsfx.glyphfont.FontAwesome;

/** The problems list grouped by kind, and the selected problem's fix shown before and after. */
public final class ProblemsView {
    private final ProblemsViewModel vm;
    private final SplitPane root;
    private final TreeItem<Object> hidden = new TreeItem<>();

    @FXML private Label countLabel;
    @FXML private Label checkingLabel;
    @FXML private Label linkStatusLabel;
    @FXML private Button stopLinksButton;
    @FXML private MenuButton optionsButton;
    @FXML private MenuItem checkLinksItem;
    @FXML private MenuItem expandAllItem;
    @FXML private MenuItem collapseAllItem;
    @FXML private MenuItem restoreIgnoredItem;
    @FXML private TreeView<Object> problemTree;
    @FXML private Label emptyLabel;
    @FXML private VBox detailsBox;
    @FXML private Label detailTitle;
    @FXML private Label detailWhere;
    @FXML private Label detailMessage;
    @FXML private VBox beforeAfterBox;
    @FXML private TextFlow beforeFlow;
    @FXML private TextFlow afterFlow;
    @FXML private VBox groupBox;
    @FXML private Button fixButton;
    @FXML private Button fixAllButton;
    @FXML private Button ignoreButton;
    @FXML private Button goToButton;
    @FXML private Button explainButton;

    public ProblemsView(ProblemsViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("problems", this);
        root.setId("problems");
        root.setDividerPositions(0.62);
        problemTree.setRoot(hidden);
        problemTree.setCellFactory(t -> new ProblemCell(vm));
        problemTree.setFixedCellSize(28);
        optionsButton.setGraphic(Icons.of(FontAwesome.Glyph.ELLIPSIS_V));
        checkingLabel.visibleProperty().bind(vm.checkingProperty());
        vm.checkingProperty().addListener((o, a, b) -> showCount());
        pageOpen = vm.pageOpen();
        pageOpen.addListener((o, a, b) -> showCount());
        expandAllItem.setOnAction(e -> hidden.getChildren().forEach(g -> g.setExpanded(true)));
        collapseAllItem.setOnAction(e -> hidden.getChildren().forEach(g -> g.setExpanded(false)));
        restoreIgnoredItem.setOnAction(e -> vm.restoreIgnored());
        checkLinksItem.setOnAction(e -> vm.checkLinksOnline());
        linkStatusLabel.textProperty().bind(vm.linkCheckStatusProperty());
        stopLinksButton.visibleProperty().bind(vm.linkCheckRunningProperty());
        stopLinksButton.managedProperty().bind(vm.linkCheckRunningProperty());
        stopLinksButton.setOnAction(e -> vm.stopCheckingLinks());
        fixButton.setGraphic(Icons.of(FontAwesome.Glyph.MAGIC));
        fixButton.setOnAction(e -> fixSelected());
        fixAllButton.setOnAction(e -> fixAllOfSelectedKind());
        ignoreButton.setOnAction(e -> ignoreSelected());
        goToButton.setOnAction(e -> vm.reveal(selectedProblem(), true));
        explainButton.disableProperty().bind(problemTree.getSelectionModel().selectedItemProperty().isNull());
        problemTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected(b));
        problemTree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.reveal(selectedProblem(), true);
            }
        });
        problemTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.reveal(selectedProblem(), true);
            }
        });
        vm.problemsProperty().addListener((o, a, b) -> show(b));
        show(vm.problemsProperty().get());
    }

    public SplitPane root() {
        return root;
    }

    public TreeView<Object> tree() {
        return problemTree;
    }

    /**
     * True while a new problem set is swapped in: selection changes then come from the refresh,
     * not the user, and must not move the editor to a problem's place under the user's caret.
     */
    private boolean refreshing;
    private javafx.beans.binding.BooleanBinding pageOpen;

    private void show(ProblemSet set) {
        refreshing = true;
        try {
            showSet(set);
        } finally {
            refreshing = false;
        }
    }

    /** "No problems" and "Nothing to fix" only once a check of an open page has found none. */
    private void showCount() {
        int n = vm.problemsProperty().get().size();
        boolean checking = vm.checkingProperty().get();
        boolean page = pageOpen == null || pageOpen.get();
        countLabel.setText(n == 0 ? (checking || !page ? "Problems" : "No problems") : n + (n == 1 ? " problem" : " problems"));
        emptyLabel.setText(page ? "Nothing to fix" : "No page open");
        emptyLabel.setVisible(n == 0 && !checking);
    }

    private void showSet(ProblemSet set) {
        var sm = problemTree.getSelectionModel();
        ProblemItems.Spot spot = ProblemItems.Spot.of(hidden, sm.getSelectedItem());
        ProblemItems.update(hidden, set);
        problemTree.refresh();
        showCount();
        TreeItem<Object> next = ProblemItems.after(hidden, spot);
        if (next == null) {
            sm.clearSelection();
        } else if (next != sm.getSelectedItem()) {
            sm.select(next);
        }
        selected(sm.getSelectedItem());
    }

    public void ignoreSelected() {
        vm.ignore(selectedProblem());
    }

    /** Selects the next problem in the list (opening its kind) and shows its place. */
    public void selectNext() {
        var sm = problemTree.getSelectionModel();
        int row = sm.getSelectedIndex();
        for (int i = row + 1; i < problemTree.getExpandedItemCount() + 1; i++) {
            TreeItem<Object> item = problemTree.getTreeItem(i);
            if (item == null) {
                break;
            }
            if (item.getValue() instanceof Kind) {
                item.setExpanded(true);
                continue;
            }
            sm.clearAndSelect(i);
            problemTree.scrollTo(Math.max(0, i - 3));
            return;
        }
        if (!hidden.getChildren().isEmpty() && row >= 0) {
            sm.clearSelection();
            selectNext();
        }
    }

    /** True when a kind or a problem is selected. */
    public javafx.beans.binding.BooleanBinding kindSelected() {
        return problemTree.getSelectionModel().selectedItemProperty().isNull();
    }

    private Problem selectedProblem() {
        TreeItem<Object> item = problemTree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Problem p ? p : null;
    }

    /** What Explain does with the selected kind (the window opens Help → Problem Kinds on it). */
    public void setOnExplain(java.util.function.Consumer<Kind> explain) {
        explainButton.setOnAction(e -> explain.accept(selectedKind()));
    }

    /** The selected kind, or the selected problem's; null when nothing is selected. */
    public Kind selectedKind() {
        TreeItem<Object> item = problemTree.getSelectionModel().getSelectedItem();
        if (item == null) {
            return null;
        }
        return item.getValue() instanceof Kind k ? k : item.getValue() instanceof Problem p ? p.kind() : null;
    }

    /** Fixes the selected problem; the next of its kind is selected when the list follows (see {@link ProblemItems#after}). */
    public void fixSelected() {
        vm.fix(selectedProblem());
    }

    /** Fixes every problem of the selected problem's kind. */
    public void fixAllOfSelectedKind() {
        Kind k = selectedKind();
        if (k != null) {
            vm.fixAll(k);
        }
    }

    private void selected(TreeItem<Object> item) {
        Object v = item == null ? null : item.getValue();
        vm.selectedProperty().set(v instanceof Problem p ? p : null);
        if (v == null) {
            details("", "Select a problem to see where it is and what its fix changes, or a kind to fix all of it "
                    + "at once.", "", false, false);
            fixButton.setDisable(true);
            fixAll(null, 0);
        } else if (v instanceof Problem p) {
            showProblem(p);
            if (!refreshing) {
                vm.reveal(p, false);
            }
        } else if (v instanceof Kind k) {
            showKind(k);
        }
    }

    /** Fills the details: the texts, whether before and after show, and the buttons that act on one problem. */
    private void details(String title, String where, String message, boolean beforeAfter, boolean problem) {
        detailTitle.setText(title);
        detailWhere.setText(where);
        detailMessage.setText(message);
        beforeAfterBox.setVisible(beforeAfter);
        beforeAfterBox.setManaged(beforeAfter);
        groupBox.getChildren().clear();
        ignoreButton.setDisable(!problem);
        goToButton.setDisable(!problem);
    }

    private void showProblem(Problem p) {
        String line = p.line() > 0 ? " · line " + p.line() + ", column " + p.column() : "";
        details(KindTitles.of(p.kind()), p.kind().id() + " · " + p.where() + line, p.message(), p.fix() != null, true);
        if (p.fix() != null) {
            beforeFlow.getChildren().setAll(BeforeAfter.runs(p.fix().before(), p.fix().after(), true));
            afterFlow.getChildren().setAll(p.fix().after() == null
                    ? java.util.List.of(new javafx.scene.text.Text("(a person decides)"))
                    : BeforeAfter.runs(p.fix().before(), p.fix().after(), false));
        }
        fixButton.setDisable(!vm.fixable(p));
        fixButton.setText(p.fix() != null && !p.fix().safe() ? "Apply suggestion" : "Fix");
        int fixable = vm.fixableCount(p.kind());
        fixAll("Fix all " + fixable + " of this kind", fixable);
    }

    private void showKind(Kind k) {
        var list = vm.problemsProperty().get().of(k);
        int fixable = vm.fixableCount(k);
        details(KindTitles.of(k), k.id(), list.size() + (list.size() == 1 ? " problem" : " problems") + "; "
                + (fixable == 0 ? "none has an automatic fix: a person decides." : fixable + " can be fixed at once, as one undo step."),
                false, false);
        list.stream().filter(vm::fixable).limit(12).forEach(p -> {
            TextFlow line = new TextFlow();
            line.getChildren().addAll(BeforeAfter.runs(p.fix().before(), p.fix().after(), true));
            line.getChildren().add(new javafx.scene.text.Text("  →  "));
            line.getChildren().addAll(BeforeAfter.runs(p.fix().before(), p.fix().after(), false));
            line.getStyleClass().addAll("fix-text", "fix-line");
            groupBox.getChildren().add(line);
        });
        if (fixable > 12) {
            Label more = new Label("and " + (fixable - 12) + " more");
            more.getStyleClass().add(Css.MUTED);
            groupBox.getChildren().add(more);
        }
        fixButton.setDisable(true);
        fixAll("Fix all " + fixable, fixable);
    }

    /** Shows "Fix all" for the selected kind, or hides it (null) when no kind is selected, so no count outlives its kind. */
    private void fixAll(String text, int fixable) {
        fixAllButton.setVisible(text != null);
        fixAllButton.setManaged(text != null);
        fixAllButton.setText(text == null ? "Fix all" : text);
        fixAllButton.setDisable(fixable == 0);
    }
}
