package dev.archivist.gui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/** Runs work on a small pool of daemon threads and reports titled tasks to the status bar. */
public final class FxTaskRunner extends TaskRunner {
    private final ExecutorService pool;
    private final List<Running> running = new ArrayList<>();

    /** One titled task and its last reported progress. */
    private final class Running implements Progress {
        final String name;
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<Double> fraction = new AtomicReference<>(-1.0);
        final AtomicBoolean posted = new AtomicBoolean();

        Running(String name) {
            this.name = name;
        }

        @Override
        public void update(long done, long total) {
            fraction.set(total <= 0 ? -1.0 : Math.min(1.0, (double) done / total));
            // one pending status update at a time, however fast the work reports
            if (name != null && posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    refresh();
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted();
        }
    }

    public FxTaskRunner() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "archivist-work-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Must be called on the FX thread. */
    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
        Running task = new Running(name);
        running.add(task);
        refresh();
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.call(task);
                Platform.runLater(() -> finish(task, () -> onDone.accept(result)));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                Platform.runLater(() -> finish(task, () -> onError.accept(e)));
            }
        });
        return () -> {
            task.cancelled.set(true);
            future.cancel(true);
            running.remove(task);
            refresh();
        };
    }

    private void finish(Running task, Runnable callback) {
        boolean wanted = running.remove(task) && !task.cancelled.get();
        refresh();
        if (wanted) {
            callback.run();
        }
    }

    private void refresh() {
        Running shown = null;
        for (Running r : running) {
            if (r.name != null) {
                shown = r;
            }
        }
        busy.set(shown != null);
        title.set(shown == null ? "" : shown.name);
        progress.set(shown == null ? -1 : shown.fraction.get());
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public Handle schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
