package dev.archivist.gui.task;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Debounced background work where only the newest request counts: a new request cancels the
 * pending one and the result of an older run is dropped. Used on the FX thread only.
 */
public final class LatestWins {
    private final TaskRunner runner;
    private TaskRunner.Handle pending;
    private TaskRunner.Handle task;
    private long generation;

    public LatestWins(TaskRunner runner) {
        this.runner = runner;
    }

    /** Asks for the work to run after the delay (at once when it is zero); {@code onDone} only sees the newest result. */
    public <T> void submit(Duration delay, String title, TaskRunner.Work<T> work, Consumer<? super T> onDone,
                           Consumer<? super Throwable> onError) {
        cancel();
        long mine = ++generation;
        Runnable start = () -> task = runner.run(title, work,
                r -> {
                    if (mine == generation) {
                        onDone.accept(r);
                    }
                },
                e -> {
                    if (mine == generation) {
                        onError.accept(e);
                    }
                });
        pending = delay.isZero() ? null : runner.schedule(delay, start);
        if (delay.isZero()) {
            start.run();
        }
    }

    /** Drops the pending request and the running one's result. */
    public void cancel() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (task != null) {
            task.cancel();
            task = null;
        }
    }
}
