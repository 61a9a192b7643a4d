package dev.archivist.gui.main;

import dev.archivist.gui.body.BodyView;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.gui.common.Tabs;
import dev.archivist.gui.common.UiTiming;
import dev.archivist.gui.episode.EpisodeView;
import dev.archivist.gui.files.FilesView;
import dev.archivist.gui.generic.GenericFormView;
import dev.archivist.gui.help.Help;
import dev.archivist.gui.message.MessageView;
import dev.archivist.gui.metadata.MetadataView;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.files.FileGroup;
import dev.archivist.gui.files.FileRow;
import dev.archivist.gui.find.FindView;
import dev.archivist.gui.site.SiteChangeDialog;
import dev.archivist.gui.site.SiteReviewView;
import dev.archivist.gui.names.NamesView;
import dev.archivist.gui.person.PersonView;
import dev.archivist.gui.preview.Browser;
import dev.archivist.gui.preview.PreviewView;
import dev.archivist.gui.problems.ProblemsView;
import dev.archivist.gui.review.ReviewView;
import dev.archivist.gui.review.ReviewViewModel;
import dev.archivist.gui.text.RawTextView;
import dev.archivist.gui.threads.ThreadTreeView;
import dev.archivist.gui.transcript.TranscriptLineView;
import dev.archivist.gui.transcript.TranscriptTreeView;
import dev.archivist.model.PageKind;
import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.glyphfont.FontAwesome;

/** The editor window: menus, toolbar, notice bar, the feature views in splits, and the status bar. */
public final class MainView {
    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root;
    private final Dialogs dialogs;
    private final WindowState window;
    private final Actions actions;
    private final ThreadTreeView threadView;
    private MessageView messageView;
    private final MetadataView metadataView;
    private EpisodeView episodeView;
    private PersonView personView;
    private GenericFormView genericView;
    private TranscriptTreeView transcriptView;
    private TranscriptLineView lineView;
    private FindView findView;
    private SiteReviewView siteReview;
    private final StackPane treeSlot = new StackPane();
    private final Label noTreeLabel = new Label();
    private final ProblemsView problemsView;
    private final FilesView filesView;
    private RawTextView rawView;
    /** Where the page's dividers stood before a broken page's text took the place of its tabs. */
    private double[] pageDividers = {0.25, 0.66};

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
    @FXML private Tab findTab;
    @FXML private Tab previewTab;
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
        this.dialogs = new Dialogs(stage, Path.of(vm.prefs().text("folder.last", System.getProperty("user.home"))));
        this.window = new WindowState(vm.prefs());
        threadView = new ThreadTreeView(vm.threads());
        metadataView = new MetadataView(vm.metadata());
        problemsView = new ProblemsView(vm.problems());
        filesView = new FilesView(vm.folder(), vm::currentPath, p -> guarded("opening another page", () -> vm.files().open(p)));
        Help help = new Help(stage, () -> menuBar.getMenus());
        actions = new Actions(vm, this, threadView, problemsView, help);
        problemsView.setOnExplain(help::kinds);
        layout();
        menus();
        bind();
    }

    private void layout() {
        leftSplit.setId("left");
        mainSplit.setId("main");
        treeSlot.setId("tree-slot");
        noTreeLabel.getStyleClass().add(dev.archivist.gui.common.Css.EMPTY);
        noTreeLabel.setWrapText(true);
        leftSplit.getItems().add(treeSlot);
        // tabs not shown at start are built when first opened: the first frame comes sooner
        Tabs.lazy(messageTab, this::messageContent);
        Tabs.lazy(bodyTab, () -> new BodyView(vm.body()).root());
        showKind();
        vm.pageKindProperty().addListener((o, a, b) -> showKind());
        problemsTab.setContent(problemsView.root());
        vm.names().activeProperty().bind(namesTab.selectedProperty());
        Tabs.lazy(namesTab, () -> new NamesView(vm.names()).root());
        vm.find().activeProperty().bind(findTab.selectedProperty());
        Tabs.lazy(findTab, () -> findView().root());
        // the preview renders only while it is seen; its WebView is made on first opening
        vm.preview().showingProperty().bind(previewTab.selectedProperty());
        Tabs.lazy(previewTab, () -> new PreviewView(vm.preview(), Browser.system()).root());
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

    /** The Page tab's form, the tree and the Message tab for the open page's kind. */
    private void showKind() {
        PageKind kind = vm.pageKindProperty().get();
        boolean episode = kind == PageKind.PODCAST;
        pageTab.setContent(switch (kind == null ? PageKind.BOOK : kind) {
            case PODCAST -> episodeView().root();
            case PERSON -> personView().root();
            case GENERIC -> genericView().root();
            case BOOK -> metadataView.root();
        });
        if (kind == PageKind.PERSON || kind == PageKind.GENERIC) {
            noTreeLabel.setText("A " + kind.label() + " has no threads: edit it in the Page and Body tabs");
            treeSlot.getChildren().setAll(noTreeLabel);
        } else {
            treeSlot.getChildren().setAll(episode ? transcriptView().root() : threadView.root());
        }
        if (messageTab.getContent() != null) {
            messageTab.setContent(messageContent());
        }
    }

    private javafx.scene.Node messageContent() {
        return vm.pageKindProperty().get() == PageKind.PODCAST ? lineView().root() : messageView().root();
    }

    private TranscriptTreeView transcriptView() {
        if (transcriptView == null) {
            transcriptView = new TranscriptTreeView(vm.transcript());
            transcriptView.setActions(actions.addThread, actions.addReply, actions.delete, actions.moveUp, actions.moveDown);
            transcriptView.tree().setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.DELETE) {
                    vm.transcript().delete();
                    e.consume();
                } else if (e.getCode() == KeyCode.ENTER) {
                    editorTabs.getSelectionModel().select(messageTab);
                    lineView().lineArea().requestFocus();
                    e.consume();
                }
            });
        }
        return transcriptView;
    }

    private TranscriptLineView lineView() {
        if (lineView == null) {
            lineView = new TranscriptLineView(vm.transcriptLine());
        }
        return lineView;
    }

    private PersonView personView() {
        if (personView == null) {
            personView = new PersonView(vm.person());
        }
        return personView;
    }

    private GenericFormView genericView() {
        if (genericView == null) {
            genericView = new GenericFormView(vm.generic());
        }
        return genericView;
    }

    private EpisodeView episodeView() {
        if (episodeView == null) {
            episodeView = new EpisodeView(vm.episode());
        }
        return episodeView;
    }

    private MessageView messageView() {
        if (messageView == null) {
            messageView = new MessageView(vm.message());
        }
        return messageView;
    }

    private void menus() {
        Menus menus = new Menus(vm, actions, p -> guarded("opening another file", () -> vm.files().open(p)));
        menuBar.getMenus().setAll(menus.menuBar());
        toolBar.getItems().setAll(menus.toolBar());
    }

    private void bind() {
        new NoticeBar(noticeBar, noticeLabel, noticeActions, vm::dismissNotice).follow(vm.noticeProperty());
        vm.reviewProperty().addListener((o, a, r) -> {
            if (r != null) {
                new ReviewView(r.review(), r.saveText(), r.save()).show(stage);
            }
        });
        StatusBar.bind(vm, pathLabel, problemsLabel, taskLabel, taskProgress, problemsTab);
        vm.editorProperty().addListener((o, a, b) -> {
            FrameMonitor.markNextLayout(stage.getScene(), "page laid out");
            showPage();
            if (b != null && (a == null || a.path() == null || !a.path().equals(b.path())) && !filesView.focused()) {
                (vm.pageKindProperty().get() == PageKind.PODCAST ? transcriptView().tree() : threadView.tree()).requestFocus();
            }
        });
        vm.brokenProperty().addListener((o, a, b) -> showPage());
        vm.threads().selection().addListener((javafx.collections.ListChangeListener<dev.archivist.gui.threads.MessagePlace>) c -> {
            if (!vm.threads().selection().isEmpty()) {
                editorTabs.getSelectionModel().select(messageTab);
            }
        });
        vm.transcript().selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                editorTabs.getSelectionModel().select(messageTab);
            }
        });
        vm.revealProperty().addListener((o, a, r) -> reveal(r));
        vm.folder().folderProperty().addListener((o, a, b) -> showFolder(b));
        vm.editorProperty().addListener((o, a, b) -> filesView.syncSelection());
        showPage();
    }

    private void reveal(MainViewModel.Reveal r) {
        if (r == null || r.path().isRoot()) {
            return;
        }
        if (dev.archivist.gui.threads.MessagePlace.of(r.path()).isPresent()) {
            editorTabs.getSelectionModel().select(messageTab);
            if (r.focus()) {
                boolean name = "name".equals(r.path().last());
                (name ? messageView().nameField() : messageView().textArea()).requestFocus();
            }
        } else if ("transcript".equals(r.path().segments().get(0)) && r.path().segments().size() > 1
                && r.path().segments().get(1) instanceof Integer item) {
            vm.transcript().select(item);
            editorTabs.getSelectionModel().select(messageTab);
            if (r.focus()) {
                lineView().lineArea().requestFocus();
            }
        } else if (!"archive".equals(r.path().segments().get(0))) {
            editorTabs.getSelectionModel().select(pageTab);
            String key = String.valueOf(r.path().segments().get(0));
            if (vm.pageKindProperty().get() == PageKind.PODCAST) {
                episodeView().focus(key, r.focus());
            } else if (vm.pageKindProperty().get() == PageKind.PERSON) {
                personView().focus(key, r.focus());
            } else if (vm.pageKindProperty().get() != PageKind.GENERIC) {
                metadataView.focus(key, r.focus());
            }
        }
    }

    private void showPage() {
        boolean page = vm.editor() != null;
        boolean broken = vm.brokenProperty().get() != null;
        boolean folder = vm.folder().folderProperty().get() != null;
        centerStack.getChildren().removeIf(n -> "raw-text".equals(n.getId()));
        mainSplit.getItems().removeIf(n -> "raw-text".equals(n.getId()));
        if (broken) {
            rawView = new RawTextView(vm.brokenProperty().get(), vm.files()::parseAgain);
            rawView.root().setId("raw-text");
        } else {
            rawView = null;
        }
        if (broken && folder) {
            // the folder's pages stay beside the page's text: another page is one click away
            if (mainSplit.getItems().contains(editorTabs)) {
                pageDividers = mainSplit.getDividerPositions();
            }
            mainSplit.getItems().setAll(leftSplit, rawView.root());
            mainSplit.setDividerPositions(pageDividers[0]);
            leftSplit.getItems().remove(treeSlot);
        } else {
            if (!mainSplit.getItems().contains(editorTabs)) {
                mainSplit.getItems().setAll(leftSplit, editorTabs, sideTabs);
                mainSplit.setDividerPositions(pageDividers);
            }
            if (!leftSplit.getItems().contains(treeSlot)) {
                leftSplit.getItems().add(treeSlot);
                window.restore("split.left", leftSplit, 0.3);
            }
            if (broken) {
                centerStack.getChildren().add(rawView.root());
            }
        }
        mainSplit.setVisible(page || folder);
        welcomePane.setVisible(!page && !broken && !folder);
    }

    /** Shows the window with its remembered size and split positions. */
    public void show() {
        Scene scene = new Scene(root);
        Themes.style(scene, vm.darkThemeProperty().get());
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
        SceneInput.install(scene, vm, file -> guarded("opening another file", () -> vm.files().open(file)));
        stage.show();
        window.settle(stage);
        javafx.application.Platform.runLater(() -> window.settle(stage));
        window.restore("split.main", mainSplit, 0.25, 0.66);
        window.restore("split.problems", problemsView.root(), 0.6);
        UiTiming.mark("window shown");
        FrameMonitor.startIfTiming(scene);
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
                vm.discardRecovery();
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

    /** Cuts the selected transcript line at the caret of its text. */
    void splitLine() {
        vm.transcriptLine().seal();
        vm.transcript().split(lineView().caret());
    }

    /** Asks which section the selected transcript line goes to (its end). */
    void moveLineToSection() {
        dialogs.choose("Move line to section", "Section:", vm.transcript().otherSections(),
                        r -> r.field("header").isBlank() ? "(untitled section)" : r.field("header"))
                .ifPresent(r -> vm.transcript().moveToSection(r.index()));
    }

    /** Asks for a change over the folder's pages, then opens its review, which computes it in the background. */
    void changeAcrossPages(SiteChangeDialog.Kind kind) {
        Path folder = vm.folder().folderProperty().get();
        if (folder == null) {
            return;
        }
        EditorModel open = vm.editor();
        Path unsaved = open != null && open.isModified() && open.path() != null
                ? open.path().toAbsolutePath().normalize() : null;
        java.util.Map<String, List<Path>> scopes = new java.util.LinkedHashMap<>();
        List<Path> all = vm.folder().files().stream().map(FileRow::path).filter(p -> !p.equals(unsaved)).toList();
        scopes.put("Every page in " + folder.getFileName() + " (" + all.size() + ")", all);
        for (FileGroup g : vm.folder().groups()) {
            List<Path> pages = g.rows().stream().map(FileRow::path).filter(p -> !p.equals(unsaved)).toList();
            scopes.put(g.label() + " (" + pages.size() + ")", pages);
        }
        new SiteChangeDialog(stage).ask(kind, folder, scopes).ifPresent(request -> {
            if (unsaved != null) {
                vm.notify(Notice.info(unsaved.getFileName() + " has unsaved edits: it is left out of the change; save it "
                        + "first to include it"));
            }
            if (siteReview == null) {
                // one review window for the window's life: its listeners on the view model are made once
                siteReview = new SiteReviewView(vm.siteChange());
            }
            siteReview.show(stage);
            vm.siteChange().start(request);
        });
    }

    /** Ctrl+H: the Find tab, its field holding the text selected where the keyboard was (one line of it). */
    void findAndReplace() {
        String selected = stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                ? t.getSelectedText() : null;
        sideTabs.getSelectionModel().select(findTab);
        findView().focus(selected);
    }

    private FindView findView() {
        if (findView == null) {
            findView = new FindView(vm.find());
        }
        return findView;
    }

    void nextProblem() {
        sideTabs.getSelectionModel().select(problemsTab);
        problemsView.selectNext();
    }

    void toggleTheme() {
        boolean dark = !vm.darkThemeProperty().get();
        vm.darkThemeProperty().set(dark);
        Themes.apply(dark);
        Themes.style(stage.getScene(), dark);
    }
}
