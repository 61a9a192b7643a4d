package dev.archivist.gui.site;

import dev.archivist.edit.SiteChange;
import dev.archivist.gui.review.ReviewDiffs;
import dev.archivist.gui.task.LatestWins;
import dev.archivist.gui.task.TaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A change over many pages, reviewed as one ({@link SiteChange}): every page's new text computed in
 * the background with progress and Stop, the pages that change with their counts and each one's
 * diff, Apply for the ticked pages, and Undo of the last batch applied.
 */
public final class SiteChangeViewModel {

    /** What to change: a label for the review and the undo, the pages, and the change on one page. */
    public record Request(String label, Path folder, List<Path> pages, SiteChange.PageChange change) {
    }

    /** Where the outcomes go: what to tell the user, and the pages written (the open one may need reading again). */
    public interface Outcome {
        void said(String text, boolean warning);

        void written(List<Path> pages);
    }

    private final TaskRunner runner;
    private final Outcome outcome;
    private TaskRunner.Handle task;
    private SiteChange.Plan plan;
    private Path folder;

    // properties
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notRead = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ObservableList<PageRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PageRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReviewDiffs.Result> diff = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty sideBySide = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<SiteChange.Applied> lastApplied = new ReadOnlyObjectWrapper<>();

    public SiteChangeViewModel(TaskRunner runner, Outcome outcome) {
        this.runner = runner;
        this.outcome = outcome;
        // a page of a folder may be 15 MB: its diff is made in the background, the newest selection winning
        LatestWins differ = new LatestWins(runner);
        selected.addListener((o, a, b) -> {
            diff.set(null);
            if (b != null) {
                differ.submit(Duration.ZERO, "Comparing " + b.name() + "…",
                        p -> ReviewDiffs.of(b.page().before(), b.page().text()), diff::set, e -> diff.set(null));
            }
        });
    }

    // properties

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How far the review is, what it found, or why it stopped. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The pages the review could not read, each with why ("" for none). */
    public ReadOnlyStringProperty notReadProperty() {
        return notRead.getReadOnlyProperty();
    }

    /** True while the pages' new texts are computed. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while computing. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The pages that change, in the folder's order. */
    public ObservableList<PageRow> rows() {
        return rows;
    }

    public ObjectProperty<PageRow> selectedProperty() {
        return selected;
    }

    /** The selected page's diff: the disk against what Apply writes. */
    public ReadOnlyObjectProperty<ReviewDiffs.Result> diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    /** The last batch applied, which Undo takes back; null when there is none. */
    public ReadOnlyObjectProperty<SiteChange.Applied> lastAppliedProperty() {
        return lastApplied.getReadOnlyProperty();
    }

    /** The ticked pages. */
    public List<Path> chosen() {
        return rows.stream().filter(r -> r.tickedProperty().get()).map(r -> r.page().path()).toList();
    }

    // commands

    /** Computes every page's new text in the background; the rows fill when it is done. */
    public void start(Request request) {
        cancel();
        folder = request.folder();
        plan = null;
        rows.clear();
        selected.set(null);
        notRead.set("");
        title.set(request.label());
        int total = request.pages().size();
        summary.set("Reading " + total + " pages…");
        running.set(true);
        progress.set(0);
        task = runner.run(request.label() + " in " + total + " pages…", p -> SiteChange.plan(request.label(),
                request.pages(), request.change(), n -> {
                    p.update(n, total);
                    runner.post(() -> progress.set(Math.max(progress.get(), (double) n / total)));
                }, p::cancelled), this::show, e -> {
                    running.set(false);
                    summary.set(e instanceof CancellationException ? "Stopped: nothing was written."
                            : "The review failed: " + e.getMessage());
                });
    }

    /** Stops computing; nothing is written. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            running.set(false);
            summary.set("Stopped: nothing was written.");
        }
        task = null;
    }

    /** Writes the ticked pages through the one save path, in the background. */
    public void apply() {
        if (plan == null || running.get()) {
            return;
        }
        Set<Path> chosen = Set.copyOf(chosen());
        SiteChange.Plan reviewed = plan;
        task = null; // the review is done: closing its window must not say a write was stopped
        running.set(true);
        summary.set("Writing " + chosen.size() + " pages…");
        runner.run("Writing " + chosen.size() + " pages…", p -> SiteChange.apply(reviewed, chosen), applied -> {
            running.set(false);
            plan = null;
            rows.clear();
            lastApplied.set(applied);
            String skipped = applied.skipped().isEmpty() ? "" : "; skipped " + names(applied.skipped());
            summary.set("Wrote " + pages(applied.written().size()) + skipped);
            outcome.said(reviewed.label() + ": wrote " + pages(applied.written().size()) + skipped
                    + (applied.written().isEmpty() ? "" : " (Site → Undo takes them back)"), !applied.skipped().isEmpty());
            outcome.written(applied.written().stream().map(SiteChange.Written::path).toList());
        }, e -> {
            running.set(false);
            outcome.said("The change could not be applied: " + e.getMessage(), true);
        });
    }

    /** Takes the last batch back where the pages still hold what it wrote. */
    public void undoLast() {
        SiteChange.Applied applied = lastApplied.get();
        if (applied == null) {
            return;
        }
        runner.run("Taking back " + applied.label() + "…", p -> SiteChange.undo(applied), undone -> {
            lastApplied.set(null);
            String left = undone.left().isEmpty() ? "" : "; left as they are (edited since): " + names(undone.left());
            outcome.said("Took back " + applied.label() + " in " + pages(undone.restored().size()) + left,
                    !undone.left().isEmpty());
            outcome.written(undone.restored());
        }, e -> outcome.said("The change could not be taken back: " + e.getMessage(), true));
    }

    private void show(SiteChange.Plan p) {
        running.set(false);
        progress.set(1);
        plan = p;
        rows.setAll(p.pages().stream().map(page -> new PageRow(page, name(page.path()))).toList());
        selected.set(rows.isEmpty() ? null : rows.get(0));
        String failed = p.failed().isEmpty() ? "" : " · " + pages(p.failed().size()) + " not read: "
                + p.failed().stream().map(f -> name(f.path())).collect(Collectors.joining(", "));
        notRead.set(p.failed().isEmpty() ? "" : names(p.failed()));
        summary.set(rows.isEmpty() ? "Nothing to change in " + pages(p.looked()) + failed
                : rows.size() + " of " + pages(p.looked()) + " change · " + p.count() + " changes in all" + failed);
    }

    private String name(Path page) {
        return folder != null && page.startsWith(folder) ? folder.relativize(page).toString() : page.toString();
    }

    private String names(List<SiteChange.Failed> failed) {
        return failed.stream().map(f -> name(f.path()) + " (" + f.reason() + ")").collect(Collectors.joining(", "));
    }

    private static String pages(int n) {
        return n + (n == 1 ? " page" : " pages");
    }
}
