package dev.archivist.gui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs file, parse, check and save work off the FX thread and hands results back on it; tests
 * use {@link DirectTaskRunner}, which does everything at once on the calling thread.
 */
public interface TaskRunner {

    /** Work to run in the background; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What background work tells the status bar. Safe to call from any thread. */
    interface Progress {
        void update(long done, long total);

        boolean cancelled();
    }

    /** A started task or a scheduled action, which can be cancelled. */
    interface Handle {
        void cancel();
    }

    /**
     * Runs the work in the background; {@code onDone} or {@code onError} then runs on the FX
     * thread. A null title keeps the task out of the status bar (quiet checks while typing).
     */
    <T> Handle run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onError);

    /** Runs the action on the FX thread after a delay (at once in tests). */
    Handle schedule(Duration delay, Runnable action);

    /** True while a titled task runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the newest titled task that runs, or the empty string. */
    ReadOnlyStringProperty titleProperty();

    /** Its progress from 0 to 1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();
}
