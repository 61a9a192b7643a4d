package dev.archivist.gui.problems;

import dev.archivist.check.Check;
import dev.archivist.check.Checks;
import dev.archivist.check.links.OnlineLinksCheck;
import dev.archivist.edit.EditSession;
import dev.archivist.edit.PageState;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.LatestWins;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The problems of the open page, checked in the background after each edit (debounced, newest
 * wins), and the commands on them: fix one, fix all of a kind as one undo step, ignore, and
 * check the page's links online (their answers join the list as they come).
 */
public final class ProblemsViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final TaskRunner runner;
    private final Supplier<List<Check>> checks;
    private final LatestWins quick;
    private final LinkCheckRun links;
    private final Set<String> ignored = new HashSet<>();
    private ProblemChecker.Result last;
    private java.util.function.BiConsumer<YamlPath, Boolean> navigator = (p, f) -> { };

    // properties
    private final ReadOnlyObjectWrapper<ProblemSet> problems = new ReadOnlyObjectWrapper<>(ProblemSet.EMPTY);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Problem> selected = new SimpleObjectProperty<>();

    public ProblemsViewModel(ObservableValue<EditorModel> current, TaskRunner runner) {
        this(current, runner, Checks::all);
    }

    /** @param checks the checks to run (every family; tests may pass their own) */
    public ProblemsViewModel(ObservableValue<EditorModel> current, TaskRunner runner, Supplier<List<Check>> checks) {
        this.runner = runner;
        this.checks = checks;
        this.quick = new LatestWins(runner);
        this.links = new LinkCheckRun(runner, this::recheck, this::fail);
        editor.bind(current);
        editor.addListener((o, a, b) -> {
            links.reset();
            last = null;
            ignored.clear();
            problems.set(ProblemSet.EMPTY);
        });
        EditorBinding.follow(editor, e -> recheck());
    }

    // properties

    public ReadOnlyObjectProperty<ProblemSet> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** True while a page is open (with none, there is nothing to say about problems). */
    public javafx.beans.binding.BooleanBinding pageOpen() {
        return editor.isNotNull();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ObjectProperty<Problem> selectedProperty() {
        return selected;
    }

    /** True while the page's links are being checked online. */
    public ReadOnlyBooleanProperty linkCheckRunningProperty() {
        return links.runningProperty();
    }

    /** Where the online link check is, or what it found; empty before the first. */
    public javafx.beans.property.ReadOnlyStringProperty linkCheckStatusProperty() {
        return links.statusProperty();
    }

    /** Where selecting a problem goes (the main window reveals the place; true moves the focus). */
    public void setNavigator(java.util.function.BiConsumer<YamlPath, Boolean> navigator) {
        this.navigator = navigator;
    }

    // commands

    /** Shows a problem's place in the form or the tree, moving the focus there when asked. */
    public void reveal(Problem p, boolean focus) {
        if (p != null) {
            navigator.accept(p.path(), focus);
        }
    }

    public boolean fixable(Problem p) {
        return p != null && p.fix() != null && p.fix().edit() != null;
    }

    /** Applies one problem's fix as one undo step. */
    public void fix(Problem p) {
        EditorModel e = editor.get();
        if (e != null && fixable(p)) {
            e.fix(p);
        }
    }

    /** How many problems of the kind "Fix all" would fix. */
    public int fixableCount(Kind kind) {
        return problems.get().fixable(kind);
    }

    /**
     * Fixes every problem of a kind as one undo step: the safe fixes of the text a save would
     * write, then the ones they reveal, until none is left. Made in the background; nothing is
     * applied when the page changed meanwhile.
     */
    public void fixAll(Kind kind) {
        EditorModel e = editor.get();
        if (e == null || fixableCount(kind) == 0) {
            return;
        }
        PageState s = e.state();
        List<Check> families = families();
        String label = "Fix all " + kind.id() + " (" + fixableCount(kind) + ")";
        runner.run("Fixing " + KindTitles.of(kind).toLowerCase(java.util.Locale.ROOT) + "…",
                p -> EditSession.fixed(s, null, e.site(), families, k -> k == kind, label),
                fixed -> {
                    if (e != editor.get() || e.state() != s) {
                        fail("The page changed while fixing; nothing was fixed. Fix all again.");
                    } else if (fixed != null) {
                        e.apply(fixed.step());
                    }
                },
                err -> fail("Fix all failed: " + err.getMessage()));
    }

    private final javafx.beans.property.ReadOnlyStringWrapper failure = new javafx.beans.property.ReadOnlyStringWrapper();

    private void fail(String message) {
        failure.set(null);
        failure.set(message);
    }

    /** Why the last background fix did not apply (for the notice bar), or null. */
    public javafx.beans.property.ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /**
     * Checks the page's links online in the background, with the site's settings and the user's
     * cache; the broken, moved and archived links join the list as their answers come.
     */
    public void checkLinksOnline() {
        EditorModel e = editor.get();
        if (e != null) {
            links.start(e.state().root(), e.site());
        }
    }

    /** Stops the online link check: no further request is sent; the answers so far stay listed. */
    public void stopCheckingLinks() {
        links.stop();
    }

    /** The families that make the list: every check, and the online one once links have answers. */
    private List<Check> families() {
        List<Check> out = new ArrayList<>(checks.get());
        if (!links.answers().isEmpty()) {
            out.add(new OnlineLinksCheck(links.answers()));
        }
        return out;
    }

    /** Hides a problem until the page is opened again. */
    public void ignore(Problem p) {
        if (p != null) {
            ignored.add(key(p));
            refilter();
        }
    }

    public void restoreIgnored() {
        ignored.clear();
        refilter();
    }


    /** A check's result with the set the views show, both made off the FX thread. */
    private record Published(ProblemChecker.Result result, ProblemSet set) {
    }

    private void recheck() {
        EditorModel e = editor.get();
        if (e == null) {
            quick.cancel();
            return;
        }
        PageState state = e.state();
        checking.set(true);
        String title = last == null ? "Checking " + (e.path() == null ? "page" : e.path().getFileName()) + "…" : null;
        List<Check> families = families();
        Set<String> hidden = Set.copyOf(ignored);
        quick.submit(Duration.ofMillis(250), title,
                p -> published(ProblemChecker.check(families, state, e.site()), hidden), this::show,
                x -> checking.set(false));
    }

    /** Shows the problems without the ignored ones again (after Ignore or Show ignored). */
    private void refilter() {
        EditorModel e = editor.get();
        ProblemChecker.Result r = last;
        if (e == null || r == null) {
            return;
        }
        Set<String> hidden = Set.copyOf(ignored);
        runner.run(null, p -> published(r, hidden), this::show, x -> { });
    }

    private static Published published(ProblemChecker.Result r, Set<String> ignored) {
        List<Problem> shown = new ArrayList<>();
        for (Problem p : r.problems()) {
            if (ignored.isEmpty() || !ignored.contains(key(p))) {
                shown.add(p);
            }
        }
        return new Published(r, new ProblemSet(shown));
    }

    /** On the FX thread: only swaps in what the background made. */
    private void show(Published pub) {
        EditorModel e = editor.get();
        if (e == null || pub.result().state() != e.state()) {
            return;
        }
        last = pub.result();
        checking.set(false);
        problems.set(pub.set());
        if (pub.result().refused() != null) {
            fail("This page cannot be saved as it is: " + pub.result().refused());
        }
    }

    private static String key(Problem p) {
        return p.kind().id() + "|" + p.path() + "|" + p.message();
    }
}
