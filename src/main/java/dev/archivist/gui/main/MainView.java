package dev.archivist.gui.main;

import dev.archivist.gui.common.Timing;
import dev.archivist.gui.body.BodyView;
import dev.archivist.gui.files.FilesView;
import dev.archivist.gui.common.Action;
import dev.archivist.gui.common.ActionControls;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.gui.message.MessageView;
import dev.archivist.gui.metadata.MetadataView;
import dev.archivist.gui.names.NamesView;
import dev.archivist.gui.problems.ProblemsView;
import dev.archivist.gui.review.ReviewView;
import dev.archivist.gui.text.RawTextView;
import dev.archivist.gui.review.ReviewViewModel;
import dev.archivist.gui.threads.ThreadTreeView;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.FontAwesome;

/** The editor window: menus, toolbar, notice bar, the feature views in splits, and the status bar. */
public final class MainView {
    private static final javafx.scene.input.KeyCombination UNDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
    private static final javafx.scene.input.KeyCombination REDO = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final javafx.scene.input.KeyCombination REDO_Y = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y");
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root;
    private final Dialogs dialogs;
    private final WindowState window;
    private final Actions actions;
    private final ThreadTreeView threadView;
    private MessageView messageView;
    private final MetadataView metadataView;
    private final ProblemsView problemsView;
    private final FilesView filesView;
    private boolean dark;
    private RawTextView rawView;

    @FXML private MenuBar menuBar;
    @FXML private ToolBar toolBar;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private HBox noticeActions;
    @FXML private Button noticeCloseButton;
    @FXML private StackPane centerStack;
    @FXML private SplitPane mainSplit;
    @FXML private SplitPane leftSplit;
    @FXML private TabPane editorTabs;
    @FXML private Tab pageTab;
    @FXML private Tab messageTab;
    @FXML private Tab bodyTab;
    @FXML private TabPane sideTabs;
    @FXML private Tab problemsTab;
    @FXML private Tab namesTab;
    @FXML private VBox welcomePane;
    @FXML private Button welcomeOpenButton;
    @FXML private Button welcomeFolderButton;
    @FXML private Label pathLabel;
    @FXML private Label problemsLabel;
    @FXML private Label taskLabel;
    @FXML private ProgressBar taskProgress;

    public MainView(MainViewModel vm, Stage stage) {
        this.vm = vm;
        this.stage = stage;
        this.root = Fxml.load("main", this);
        this.dark = vm.prefs().flag("theme.dark", false);
        this.dialogs = new Dialogs(stage, Path.of(vm.prefs().text("folder.last", System.getProperty("user.home"))));
        this.window = new WindowState(vm.prefs());
        threadView = new ThreadTreeView(vm.threads());
        metadataView = new MetadataView(vm.metadata());
        problemsView = new ProblemsView(vm.problems());
        filesView = new FilesView(vm.folder(), vm::currentPath, p -> guarded("opening another page", () -> vm.files().open(p)));
        actions = new Actions(vm, this);
        layout();
        menus();
        bind();
    }

    private void layout() {
        leftSplit.setId("left");
        mainSplit.setId("main");
        leftSplit.getItems().add(threadView.root());
        // tabs not shown at start are built when first opened: the first frame comes sooner
        lazy(messageTab, () -> messageView().root());
        lazy(bodyTab, () -> new BodyView(vm.body()).root());
        pageTab.setContent(metadataView.root());
        problemsTab.setContent(problemsView.root());
        vm.names().activeProperty().bind(namesTab.selectedProperty());
        lazy(namesTab, () -> new NamesView(vm.names()).root());
        noticeCloseButton.setGraphic(Icons.of(FontAwesome.Glyph.CLOSE));
        noticeCloseButton.setOnAction(e -> vm.dismissNotice());
        welcomeOpenButton.setOnAction(e -> openFile());
        welcomeFolderButton.setOnAction(e -> openFolder());
        threadView.setActions(actions.addThread, actions.addReply, actions.delete, actions.moveUp, actions.moveDown,
                List.of(actions.toThread, actions.toReply, actions.merge));
        threadView.tree().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                vm.threads().delete();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                editorTabs.getSelectionModel().select(messageTab);
                messageView().textArea().requestFocus();
                e.consume();
            }
        });
    }

    private MessageView messageView() {
        if (messageView == null) {
            messageView = new MessageView(vm.message());
        }
        return messageView;
    }

    private static void lazy(Tab tab, java.util.function.Supplier<javafx.scene.Node> content) {
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        if (tab.isSelected()) {
            fill.run();
        }
        tab.selectedProperty().addListener((o, a, now) -> {
            if (now) {
                fill.run();
            }
        });
    }

    private void menus() {
        javafx.scene.control.Menu file = ActionControls.menu("_File", actions.fileMenu());
        file.getItems().add(2, recentMenu());
        menuBar.getMenus().setAll(
                file,
                ActionControls.menu("_Edit", actions.editMenu()),
                ActionControls.menu("_Threads", actions.threadsMenu()),
                ActionControls.menu("_Page", List.of(actions.parseAgain)),
                ActionControls.menu("P_roblems", actions.problemsMenu()),
                ActionControls.menu("_View", actions.viewMenu()));
        for (Action a : actions.toolbar()) {
            if (a == Action.SEPARATOR) {
                toolBar.getItems().add(new Separator(javafx.geometry.Orientation.VERTICAL));
                continue;
            }
            Button b = ActionControls.button(a);
            if (a == actions.save || a == actions.review || a == actions.open) {
                b.setText(a.text().replace("…", ""));
            }
            toolBar.getItems().add(b);
        }
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        toolBar.getItems().addAll(spacer, ActionControls.button(actions.darkTheme));
    }

    private javafx.scene.control.Menu recentMenu() {
        javafx.scene.control.Menu recent = new javafx.scene.control.Menu("Open Recent");
        javafx.scene.control.MenuItem none = new javafx.scene.control.MenuItem("No recent files");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : vm.recent()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(x -> guarded("opening another file", () -> vm.files().open(p)));
                recent.getItems().add(item);
            }
            if (vm.recent().isEmpty()) {
                recent.getItems().add(none);
            } else {
                javafx.scene.control.MenuItem clear = new javafx.scene.control.MenuItem("Clear Recent Files");
                clear.setOnAction(x -> vm.clearRecent());
                recent.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), clear);
            }
        });
        return recent;
    }

    private void bind() {
        vm.noticeProperty().addListener((o, a, n) -> showNotice(n));
        taskLabel.textProperty().bind(vm.runner().titleProperty());
        taskProgress.visibleProperty().bind(vm.runner().busyProperty());
        taskProgress.managedProperty().bind(vm.runner().busyProperty());
        taskProgress.progressProperty().bind(vm.runner().progressProperty());
        vm.editorProperty().addListener((o, a, b) -> {
            showPage();
            if (b != null && (a == null || a.path() == null || !a.path().equals(b.path()))) {
                threadView.tree().requestFocus();
            }
        });
        vm.brokenProperty().addListener((o, a, b) -> showPage());
        vm.threads().selection().addListener((javafx.collections.ListChangeListener<dev.archivist.gui.threads.Place>) c -> {
            if (!vm.threads().selection().isEmpty()) {
                editorTabs.getSelectionModel().select(messageTab);
            }
        });
        vm.revealProperty().addListener((o, a, r) -> reveal(r));
        vm.folder().folderProperty().addListener((o, a, b) -> showFolder(b));
        vm.editorProperty().addListener((o, a, b) -> filesView.syncSelection());
        vm.problems().problemsProperty().addListener((o, a, b) -> problemCount(b.size()));
        showPage();
    }

    private void problemCount(int n) {
        problemsLabel.setText(n == 0 ? "No problems" : n + (n == 1 ? " problem" : " problems"));
        problemsLabel.setGraphic(n == 0 ? Icons.of(FontAwesome.Glyph.CHECK, "success")
                : Icons.of(FontAwesome.Glyph.WARNING, "warning"));
        problemsTab.setText(n == 0 ? "Problems" : "Problems (" + n + ")");
    }

    private void reveal(MainViewModel.Reveal r) {
        if (r == null || r.path().isRoot()) {
            return;
        }
        if (dev.archivist.gui.threads.Place.of(r.path()).isPresent()) {
            editorTabs.getSelectionModel().select(messageTab);
            if (r.focus()) {
                boolean name = "name".equals(r.path().last());
                (name ? messageView().nameField() : messageView().textArea()).requestFocus();
            }
        } else if (!"archive".equals(r.path().segments().get(0))) {
            editorTabs.getSelectionModel().select(pageTab);
            metadataView.focus(String.valueOf(r.path().segments().get(0)), r.focus());
        }
    }

    private void showPage() {
        boolean page = vm.editor() != null;
        boolean broken = vm.brokenProperty().get() != null;
        centerStack.getChildren().removeIf(n -> "raw-text".equals(n.getId()));
        if (broken) {
            rawView = new RawTextView(vm.brokenProperty().get(), vm.files()::parseAgain);
            rawView.root().setId("raw-text");
            centerStack.getChildren().add(rawView.root());
        } else {
            rawView = null;
        }
        boolean folder = vm.folder().folderProperty().get() != null;
        mainSplit.setVisible(page || (folder && !broken));
        welcomePane.setVisible(!page && !broken && !folder);
        Path p = vm.currentPath();
        pathLabel.setText(p == null ? "" : p.toString());
    }

    private void showNotice(Notice n) {
        noticeBar.setVisible(n != null);
        noticeBar.setManaged(n != null);
        noticeActions.getChildren().clear();
        if (n == null) {
            return;
        }
        noticeBar.getStyleClass().removeIf(c -> c.startsWith("notice-"));
        noticeBar.getStyleClass().add("notice-" + n.level().name().toLowerCase(java.util.Locale.ROOT));
        noticeLabel.setText(n.text());
        for (Notice.Action a : n.actions()) {
            Button b = new Button(a.text());
            b.setOnAction(e -> {
                vm.dismissNotice();
                a.handler().run();
            });
            noticeActions.getChildren().add(b);
        }
    }

    /** Shows the window with its remembered size and split positions. */
    public void show() {
        Scene scene = new Scene(root);
        Themes.style(scene, dark);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        window.restore(stage);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.focusedProperty().addListener((o, a, focused) -> {
            if (focused) {
                vm.files().checkDisk();
            }
        });
        // text fields would take Ctrl+Z for their own undo; every edit is in the page's history instead
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (vm.editor() == null) {
                return;
            }
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                vm.redo();
                e.consume();
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                Path file = e.getDragboard().getFiles().get(0).toPath();
                guarded("opening another file", () -> vm.files().open(file));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.show();
        window.restore("split.main", mainSplit, 0.25, 0.66);
        window.restore("split.problems", problemsView.root(), 0.6);
        Timing.mark("window shown");
        if (Timing.enabled()) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                Timing.mark("first frame laid out");
                scene.removePostLayoutPulseListener(once[0]);
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
        FrameMonitor.startIfTiming();
    }

    public BorderPane root() {
        return root;
    }

    /** Runs the action, first asking about unsaved edits. */
    void guarded(String doing, Runnable action) {
        if (!vm.hasUnsavedWork()) {
            action.run();
            return;
        }
        Path p = vm.currentPath();
        String name = p == null ? "The page" : p.getFileName().toString();
        boolean canSave = vm.editor() != null;
        dialogs.askUnsaved(name, doing, canSave).ifPresent(choice -> {
            if (choice == Dialogs.SAVE) {
                vm.files().save(action);
            } else if (choice == Dialogs.DISCARD) {
                action.run();
            }
        });
    }

    void openFile() {
        dialogs.openFile().ifPresent(p -> guarded("opening another file", () -> vm.files().open(p)));
    }

    void openFolder() {
        dialogs.openFolder().ifPresent(vm::openFolder);
    }

    private void showFolder(Path folder) {
        showPage();
        leftSplit.getItems().remove(filesView.root());
        if (folder != null) {
            leftSplit.getItems().add(0, filesView.root());
            window.restore("split.left", leftSplit, 0.3);
        }
    }

    void save() {
        vm.files().save(null);
    }

    void saveAs() {
        dialogs.saveAs(vm.currentPath()).ifPresent(p -> vm.files().saveAs(p, null));
    }

    void review() {
        if (vm.editor() != null) {
            ReviewViewModel review = new ReviewViewModel(vm.editor(), vm.runner());
            new ReviewView(review, () -> vm.files().save(null)).show(stage);
        }
    }

    void revert() {
        if (!vm.hasUnsavedWork() || dialogs.confirm("Revert to the saved file?",
                "Every change since the last save is dropped. Undo cannot bring them back.", "Revert")) {
            vm.files().revert();
        }
    }

    void quit() {
        guarded("closing", () -> {
            window.remember(stage, mainSplit, leftSplit, problemsView.root());
            stage.close();
        });
    }

    void fixProblem() {
        problemsView.fixSelected();
    }

    void fixAllOfKind() {
        problemsView.fixAllOfSelectedKind();
    }

    void ignoreProblem() {
        problemsView.ignoreSelected();
    }

    void nextProblem() {
        sideTabs.getSelectionModel().select(problemsTab);
        problemsView.selectNext();
    }

    javafx.beans.binding.BooleanBinding noKindSelected() {
        return problemsView.kindSelected();
    }

    void focusFilter() {
        threadView.focusFilter();
    }

    void toggleTheme() {
        dark = !dark;
        vm.prefs().setFlag("theme.dark", dark);
        Themes.apply(dark);
        Themes.style(stage.getScene(), dark);
    }
}
