package dev.archivist.gui.problems;

import dev.archivist.check.links.LinkCache;
import dev.archivist.check.links.LinkChecker;
import dev.archivist.check.links.LinkResult;
import dev.archivist.check.links.OnlineLinksCheck;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.model.YMapping;
import dev.archivist.site.LinkCheckSettings;
import dev.archivist.site.Site;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Check links online" for the problems list: the page's links asked in the background with its
 * site's settings and cache, each answer kept as it comes and the list refreshed at most once a
 * {@link #REFRESH}, until the run ends or is stopped. Used on the FX thread; the answers are
 * read by the checks from any thread.
 */
final class LinkCheckRun {
    /** How often answers arriving one after another refresh the problems list. */
    static final Duration REFRESH = Duration.ofSeconds(1);

    private final TaskRunner runner;
    private final Runnable refresh;
    private final Consumer<String> fail;
    private final Map<String, LinkResult> answers = new ConcurrentHashMap<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TaskRunner.Handle task;
    private boolean refreshPending;
    /** Counts the runs, so that the answers a stopped run still hands over are not shown as the new run's. */
    private long generation;

    /**
     * @param refresh checks the page again (on the FX thread) with the answers so far
     * @param fail tells the user why the run failed
     */
    LinkCheckRun(TaskRunner runner, Runnable refresh, Consumer<String> fail) {
        this.runner = runner;
        this.refresh = refresh;
        this.fail = fail;
    }

    /** The answers so far, by URL; the online check reads them. */
    Map<String, LinkResult> answers() {
        return answers;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Where the run is ("12 of 40 links checked…") or what it found, for the problems pane. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Asks about every link of the page, in the background; a run already going is stopped first. */
    void start(YMapping root, Site site) {
        reset();
        long run = generation;
        LinkCheckSettings settings = site == null ? LinkCheckSettings.DEFAULTS : site.settings().links();
        running.set(true);
        status.set("Checking links online…");
        task = runner.run("Checking links online…", progress -> {
            LinkChecker checker = new LinkChecker(settings, LinkCache.standard());
            checker.check(OnlineLinksCheck.urls(root), (r, done, total) -> {
                answers.put(r.url(), r);
                progress.update(done, total);
                runner.post(() -> arrived(run, done, total));
            }, progress::cancelled);
            return checker;
        }, this::finished, e -> {
            running.set(false);
            status.set("");
            fail.accept("The online link check failed: " + e.getMessage());
        });
    }

    /** Stops the run: no request is sent after this, the answers so far stay. */
    void stop() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        if (running.get()) {
            running.set(false);
            status.set("Stopped: " + summary());
        }
    }

    /** Stops the run and forgets its answers (another page is open). */
    void reset() {
        stop();
        generation++;
        answers.clear();
        status.set("");
    }

    private void arrived(long run, int done, int total) {
        if (run != generation || !running.get()) {
            return;
        }
        status.set(done + " of " + total + " links checked…");
        if (!refreshPending) {
            refreshPending = true;
            runner.schedule(REFRESH, () -> {
                refreshPending = false;
                refresh.run();
            });
        }
    }

    private void finished(LinkChecker checker) {
        task = null;
        running.set(false);
        status.set(summary());
        refresh.run();
        if (checker.cacheProblem() != null) {
            fail.accept(checker.cacheProblem());
        }
    }

    /** The answers in numbers: {@code 40 links: 30 ok, 3 redirected, 5 broken, 2 not checked}. */
    private String summary() {
        Map<LinkResult.Status, Long> by = new EnumMap<>(LinkResult.Status.class);
        answers.values().forEach(r -> by.merge(r.status(), 1L, Long::sum));
        return answers.size() + " links: " + by.getOrDefault(LinkResult.Status.OK, 0L) + " ok, "
                + by.getOrDefault(LinkResult.Status.REDIRECTED, 0L) + " redirected, "
                + by.getOrDefault(LinkResult.Status.BROKEN, 0L) + " broken, "
                + by.getOrDefault(LinkResult.Status.NOT_CHECKED, 0L) + " not checked";
    }
}
