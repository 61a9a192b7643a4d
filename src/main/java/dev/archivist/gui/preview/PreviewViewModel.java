package dev.archivist.gui.preview;

import dev.archivist.edit.PageState;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.LatestWins;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.model.BookArchive.Message;
import dev.archivist.model.BookArchive;
import dev.archivist.model.PageKind;
import dev.archivist.render.PagePreview;
import dev.archivist.render.PageRenderer;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page as the site will show it, rendered from the editor's current tree and body off the
 * FX thread: after a pause in typing, only while the preview is showing, the first threads at
 * once and the rest appended in chunks so a long archive never holds the window.
 */
public final class PreviewViewModel {
    /** Threads in the first render; the rest come in chunks of {@link #CHUNK}. */
    public static final int FIRST = 200;
    public static final int CHUNK = 200;
    public static final Duration PAUSE = Duration.ofMillis(400);

    /** One rendered page; a new object each time so the view reloads even when the HTML is equal. */
    public record Page(long id, java.nio.file.Path file, String html, int threads) {
    }

    private final LatestWins renders;
    private final PageRenderer renderer = new PageRenderer();
    private final PagePreview preview = new PagePreview();
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> appended = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<String> anchor = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<String> userStyleSheet = new ReadOnlyObjectWrapper<>();
    private boolean stale = true;
    private long pages;

    public PreviewViewModel(ObservableValue<EditorModel> current, ObservableValue<MessagePlace> focused, TaskRunner runner) {
        this.renders = new LatestWins(runner);
        editor.bind(current);
        EditorBinding.follow(editor, e -> {
            stale = true;
            if (showing.get()) {
                request(PAUSE);
            }
        });
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                request(Duration.ZERO);
            }
        });
        anchor.bind(javafx.beans.binding.Bindings.createObjectBinding(() -> anchorOf(focused.getValue()), focused));
        userStyleSheet.bind(javafx.beans.binding.Bindings.createObjectBinding(() -> PreviewTheme.userStyleSheet(dark.get()), dark));
    }

    /** Set by the window: true while the editor's dark theme is on. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The stylesheet the WebView lays over the page (the dark theme's), or null for the page as it is. */
    public ReadOnlyObjectProperty<String> userStyleSheetProperty() {
        return userStyleSheet.getReadOnlyProperty();
    }

    /** Set by the view: true while the preview tab is selected. */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** The page with its first {@link #FIRST} threads, or null before the first render. */
    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Thread fragments to append to the current page's {@code id="threads"} element, in order. */
    public ObservableList<String> appended() {
        return appended;
    }

    /** How many threads of the current page are rendered so far. */
    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True from an edit until the whole page is rendered. */
    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** The element id of the selected thread or reply ({@code thread-3-reply-1}), or null. */
    public ReadOnlyObjectProperty<String> anchorProperty() {
        return anchor.getReadOnlyProperty();
    }

    /** The current page with every thread, for the browser (call off the FX thread with a snapshot). */
    public Standalone standalone() {
        EditorModel e = editor.get();
        return e == null ? null : new Standalone(e.state(), e.path(), e.site(), preview);
    }

    /** A snapshot of the page that renders whole on any thread, as its kind of page is shown. */
    public record Standalone(PageState state, Path path, Site site, PagePreview preview) {
        public String html() {
            return preview.render(PageKind.of(path, state.root()), path, state.root(), state.body(), site);
        }
    }

    static String anchorOf(MessagePlace p) {
        if (p == null) {
            return null;
        }
        return p.isThread() ? "thread-" + p.thread() : "thread-" + p.thread() + "-reply-" + p.reply();
    }

    /** Renders the page after the delay, dropping the render pending or running and the chunks still to come. */
    private void request(Duration delay) {
        stale = false;
        EditorModel e = editor.get();
        if (e == null) {
            renders.cancel();
            rendering.set(false);
            return;
        }
        rendering.set(true);
        PageState state = e.state();
        Site site = e.site();
        PageKind kind = PageKind.of(e.path(), state.root());
        renders.submit(delay, null, progress -> {
            if (kind != PageKind.BOOK) {
                // an episode, a person or another page: rendered whole; only a book's threads come in chunks
                return new Rendered(List.of(), preview.render(kind, e.path(), state.root(), state.body(), site));
            }
            BookArchive book = BookArchive.of(state.root());
            return new Rendered(book.threads() == null ? List.of() : book.threads(),
                    renderer.renderPage(book, state.body(), site, FIRST));
        }, r -> {
            appended.clear();
            shown.set(Math.min(FIRST, r.threads.size()));
            page.set(new Page(++pages, e.path(), r.html, r.threads.size()));
            next(r.threads, site);
        }, this::failed);
    }

    private record Rendered(List<Message> threads, String html) {
    }

    private void next(List<Message> threads, Site site) {
        int from = shown.get();
        if (from >= threads.size()) {
            rendering.set(false);
            return;
        }
        int to = Math.min(threads.size(), from + CHUNK);
        renders.submit(Duration.ZERO, null, progress -> renderer.renderThreads(threads, from, to, site), html -> {
            appended.add(html);
            shown.set(to);
            next(threads, site);
        }, this::failed);
    }

    private void failed(Throwable error) {
        rendering.set(false);
        String message = String.valueOf(error.getMessage()).replace("&", "&amp;").replace("<", "&lt;");
        page.set(new Page(++pages, null, "<html><body><p>The preview could not be rendered: " + message
                + "</p></body></html>", 0));
    }
}
