package dev.archivist.gui.main;

import dev.archivist.check.Check;
import dev.archivist.check.Checks;
import dev.archivist.check.names.Rename;
import dev.archivist.edit.EditSession;
import dev.archivist.gui.body.BodyViewModel;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.episode.EpisodeViewModel;
import dev.archivist.gui.files.FilesViewModel;
import dev.archivist.gui.generic.GenericFormViewModel;
import dev.archivist.gui.files.Loaded;
import dev.archivist.gui.message.MessageViewModel;
import dev.archivist.gui.metadata.MetadataViewModel;
import dev.archivist.gui.names.CompletionNames;
import dev.archivist.gui.find.FindViewModel;
import dev.archivist.gui.site.SiteChangeViewModel;
import dev.archivist.gui.names.NamesViewModel;
import dev.archivist.gui.names.SiteNames;
import dev.archivist.gui.person.PersonViewModel;
import dev.archivist.gui.preview.PreviewViewModel;
import dev.archivist.gui.problems.ProblemsViewModel;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.gui.text.RawTextViewModel;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.gui.threads.ThreadTreeViewModel;
import dev.archivist.gui.transcript.TranscriptLineViewModel;
import dev.archivist.gui.transcript.TranscriptTreeViewModel;
import dev.archivist.io.save.Recovery;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor window: which page is open (as a tree, or as text when it did not parse), the
 * window title, the notice bar, recent files, and the file commands. The feature view models
 * hang off it and follow the open page.
 */
public final class MainViewModel {
    private final TaskRunner runner;
    private final AppPrefs prefs;
    private final Supplier<List<Check>> checks;
    private volatile CompletionNames names = CompletionNames.EMPTY;

    // properties
    private final ReadOnlyObjectWrapper<EditorModel> editor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RawTextViewModel> broken = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    // the open page's history state, so menus bind once for the window's life
    private final BooleanExpression modified = booleanOf(EditorModel::modifiedProperty);
    private final BooleanExpression canUndo = booleanOf(EditorModel::canUndoProperty);
    private final BooleanExpression canRedo = booleanOf(EditorModel::canRedoProperty);
    private final StringExpression undoLabel = stringOf(EditorModel::undoLabelProperty);
    private final StringExpression redoLabel = stringOf(EditorModel::redoLabelProperty);
    private final StringBinding title = Bindings.createStringBinding(this::title, broken, modified,
            editor.flatMap(EditorModel::pathProperty));

    // feature view models
    private final ThreadTreeViewModel threads;
    private final MessageViewModel message;
    private final BodyViewModel body;
    private final ProblemsViewModel problems;
    private final MetadataViewModel metadata;
    private final EpisodeViewModel episode;
    private final TranscriptTreeViewModel transcript;
    private final PersonViewModel person;
    private final GenericFormViewModel generic;
    private final TranscriptLineViewModel transcriptLine;
    private final javafx.beans.binding.ObjectBinding<PageKind> pageKind;
    private final FilesViewModel folder;
    private final NamesViewModel namesView;
    private final FindViewModel find;
    private final SiteChangeViewModel siteChange;
    private final PreviewViewModel preview;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final Commands commands;
    private final RecoveryKeeper recovery;
    private final RecoveryOffers offers;
    private final ReadOnlyObjectWrapper<ReviewRequest> review = new ReadOnlyObjectWrapper<>();

    /** A place to show; {@code focus} moves the keyboard focus there too. */
    public record Reveal(YamlPath path, boolean focus) {
    }

    /** A review window to show, whose main button ({@code saveText}) runs {@code save}. */
    public record ReviewRequest(dev.archivist.gui.review.ReviewViewModel review, String saveText, Runnable save) {
    }

    public MainViewModel(TaskRunner runner, AppPrefs prefs) {
        this(runner, prefs, Checks::all);
    }

    /** @param checks the check families the problems list runs (tests may pass their own) */
    public MainViewModel(TaskRunner runner, AppPrefs prefs, Supplier<List<Check>> checks) {
        this.runner = runner;
        this.checks = checks;
        this.prefs = prefs;
        recent.setAll(prefs.recent());
        pageKind = Bindings.createObjectBinding(() -> editor.get() == null ? null
                : PageKind.of(editor.get().path(), editor.get().root()), editor, editor.flatMap(EditorModel::pathProperty));
        // each kind's forms and tree follow only a page of their kind: an episode's transcript is
        // never laid out as a book's "other keys", nor a book's threads looked for in an episode
        ObservableValue<EditorModel> book = editorOf(PageKind.BOOK);
        ObservableValue<EditorModel> podcast = editorOf(PageKind.PODCAST);
        threads = new ThreadTreeViewModel(book, runner, why -> notify(Notice.warning("Not done: " + why)));
        ObservableValue<MessagePlace> focused = Bindings.createObjectBinding(threads::focused, threads.selection());
        message = new MessageViewModel(book, focused, () -> names);
        body = new BodyViewModel(editor);
        preview = new PreviewViewModel(editor, focused, runner);
        darkTheme.set(prefs.flag("theme.dark", false));
        darkTheme.addListener((o, a, dark) -> prefs.setFlag("theme.dark", dark));
        preview.darkProperty().bind(darkTheme);
        problems = new ProblemsViewModel(editor, runner, checks);
        problems.failureProperty().addListener((o, a, b) -> {
            if (b != null) {
                notify(Notice.warning(b));
            }
        });
        metadata = new MetadataViewModel(book, problems.problemsProperty());
        episode = new EpisodeViewModel(podcast, problems.problemsProperty());
        transcript = new TranscriptTreeViewModel(podcast, why -> notify(Notice.warning("Not done: " + why)));
        person = new PersonViewModel(editorOf(PageKind.PERSON), problems.problemsProperty());
        generic = new GenericFormViewModel(editorOf(PageKind.GENERIC));
        transcriptLine = new TranscriptLineViewModel(podcast, transcript.selectedProperty());
        problems.setNavigator(this::reveal);
        folder = new FilesViewModel(runner);
        namesView = new NamesViewModel(editor, problems.problemsProperty(),
                (root, from, to) -> Rename.plan(root, from, to).all());
        problems.problemsProperty().addListener((o, a, b) -> {
            threads.problemCountsProperty().set(b.byMessage());
            if (editor.get() != null) {
                folder.updateCount(editor.get().path(), b.size());
            }
        });
        find = new FindViewModel(editor, runner, this::reveal);
        siteChange = new SiteChangeViewModel(runner, new SiteChangeViewModel.Outcome() {
            @Override
            public void said(String text, boolean warning) {
                MainViewModel.this.notify(warning ? Notice.warning(text) : Notice.success(text));
            }

            @Override
            public void written(List<Path> pages) {
                pagesWritten(pages);
            }
        });
        recovery = new RecoveryKeeper(Recovery.user(), runner, editor);
        offers = new RecoveryOffers(this, recovery);
        commands = new Commands(this);
    }

    // properties

    /** The open page, or null when none is open or it did not parse. */
    public ReadOnlyObjectProperty<EditorModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public EditorModel editor() {
        return editor.get();
    }

    /** The page open as text because it did not parse, or null. */
    public ReadOnlyObjectProperty<RawTextViewModel> brokenProperty() {
        return broken.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "*name.md — Archivist" while the page differs from the saved mark. */
    public StringBinding titleProperty() {
        return title;
    }

    /** A place the views should show (a form field, a message's text). */
    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** True while the open page differs from its saved mark. */
    public BooleanExpression modifiedProperty() {
        return modified;
    }

    public BooleanExpression canUndoProperty() {
        return canUndo;
    }

    public BooleanExpression canRedoProperty() {
        return canRedo;
    }

    public StringExpression undoLabelProperty() {
        return undoLabel;
    }

    public StringExpression redoLabelProperty() {
        return redoLabel;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public void clearRecent() {
        prefs.clearRecent();
        recent.clear();
    }

    public ThreadTreeViewModel threads() {
        return threads;
    }

    public MessageViewModel message() {
        return message;
    }

    public BodyViewModel body() {
        return body;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public MetadataViewModel metadata() {
        return metadata;
    }

    /** The form of a podcast episode. */
    public EpisodeViewModel episode() {
        return episode;
    }

    /** The form of a person's page. */
    public PersonViewModel person() {
        return person;
    }

    /** The form of a page of another collection: every key. */
    public GenericFormViewModel generic() {
        return generic;
    }

    /** An episode's transcript tree. */
    public TranscriptTreeViewModel transcript() {
        return transcript;
    }

    /** The selected transcript line or section, in the Message tab. */
    public TranscriptLineViewModel transcriptLine() {
        return transcriptLine;
    }

    /** What the open page is (null: none open), which picks its form and its tree. */
    public javafx.beans.binding.ObjectBinding<PageKind> pageKindProperty() {
        return pageKind;
    }

    public NamesViewModel names() {
        return namesView;
    }

    /** Changes over many pages of the open folder, reviewed as one, and the undo of the last one. */
    public SiteChangeViewModel siteChange() {
        return siteChange;
    }

    /**
     * Pages a site-wide change wrote or took back: the open page among them is read again (it had
     * no unsaved edits: such a page is left out of the change), and the folder's counts follow.
     */
    private void pagesWritten(List<Path> pages) {
        EditorModel e = editor.get();
        if (e != null && e.path() != null && !e.isModified()
                && pages.contains(e.path().toAbsolutePath().normalize())) {
            files().open(e.path());
        }
        if (folder.folderProperty().get() != null) {
            folder.open(folder.folderProperty().get(), () -> { });
        }
    }

    /** Find and replace in the open page (Ctrl+H). */
    public FindViewModel find() {
        return find;
    }

    /** The page as the site will show it. */
    public PreviewViewModel preview() {
        return preview;
    }

    /** The open folder's pages. */
    public FilesViewModel folder() {
        return folder;
    }

    /** Opens a folder in the side list. */
    public void openFolder(Path dir) {
        folder.open(dir, () -> notify(Notice.error("Cannot list the pages of " + dir + ".")));
        prefs.setText("folder.last", dir.toAbsolutePath().toString());
    }

    public TaskRunner runner() {
        return runner;
    }

    /** True while the dark theme is on; remembered, and followed by the preview. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public AppPrefs prefs() {
        return prefs;
    }

    /** The file commands (open, save, revert...). */
    public Commands files() {
        return commands;
    }

    public BooleanBinding noEditor() {
        return editor.isNull();
    }

    /** True when leaving the page would lose something: unsaved edits or repaired text. */
    public boolean hasUnsavedWork() {
        EditorModel e = editor.get();
        RawTextViewModel b = broken.get();
        return (e != null && e.isModified()) || (b != null && b.edited());
    }

    /** The file the window shows, or null. */
    public Path currentPath() {
        return editor.get() != null ? editor.get().path() : broken.get() != null ? broken.get().path() : null;
    }

    // commands

    public void undo() {
        if (editor.get() != null) {
            editor.get().undo();
        }
    }

    public void redo() {
        if (editor.get() != null) {
            editor.get().redo();
        }
    }

    /** Shows a place: selects its message in the tree, or the form field it belongs to. */
    public void reveal(YamlPath path, boolean focus) {
        MessagePlace.of(path).ifPresent(threads::select);
        reveal.set(new Reveal(path, focus));
    }

    /** A review window the view should open (recovered edits); each request is shown once. */
    public ReadOnlyObjectProperty<ReviewRequest> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    void showReview(ReviewRequest r) {
        review.set(r);
        review.set(null);
    }

    /** Forgets the open page's kept edits: the user chose to drop them. */
    public void discardRecovery() {
        Path p = currentPath();
        if (p != null) {
            recovery.discard(p);
        }
    }

    /** Offers, in the notice bar, the page whose unsaved edits a crashed window left. */
    public void offerRecovered() {
        offers.offerAtStart();
    }

    RecoveryOffers recoveryOffers() {
        return offers;
    }

    public void notify(Notice n) {
        notice.set(n);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    void showLoaded(Loaded loaded, String diskText) {
        ArchiveDocument doc = loaded.document();
        if (doc.parsed()) {
            broken.set(null);
            editor.set(new EditorModel(doc, diskText, loaded.site(), checks.get(), System::nanoTime));
            threads.select(null);
            refreshNames(loaded);
        } else {
            editor.set(null);
            broken.set(new RawTextViewModel(doc, loaded.site()));
        }
        if (doc.path() != null && Files.exists(doc.path())) {
            recent.setAll(prefs.addRecent(doc.path()));
        }
    }

    /** Indexes the page's names at once, then those of every page of its site (once per site). */
    private void refreshNames(Loaded loaded) {
        YMapping page = loaded.document().root();
        names = CompletionNames.of(loaded.site(), List.of(page));
        if (loaded.site() == null) {
            return;
        }
        runner.run(null, p -> SiteNames.index(loaded.site(), loaded.document().path(), page),
                n -> names = n, e -> { });
    }

    /** The open page when it is of the kind, else null. */
    private ObservableValue<EditorModel> editorOf(PageKind kind) {
        return Bindings.createObjectBinding(() -> pageKind.get() == kind ? editor.get() : null, editor, pageKind);
    }

    /** A property of the open page, or false when none is open. */
    private BooleanExpression booleanOf(Function<EditorModel, ObservableValue<Boolean>> property) {
        return BooleanExpression.booleanExpression(editor.flatMap(property).orElse(false));
    }

    /** A property of the open page, or "" when none is open. */
    private StringExpression stringOf(Function<EditorModel, ObservableValue<String>> property) {
        return StringExpression.stringExpression(editor.flatMap(property).orElse(""));
    }

    private String title() {
        Path p = currentPath();
        String name = p == null ? null : p.getFileName().toString();
        return name == null ? "Archivist" : (modified.get() ? "*" : "") + name + " — Archivist";
    }

    /** Saving writes here; exposed for the save request. */
    EditSession.SaveRequest saveRequest(Path target) {
        EditSession s = editor.get().session();
        // Save As over another existing file replaces it: the user chose it in the dialog
        return target == null ? s.saveRequest() : s.saveAsRequest(target, null);
    }
}
