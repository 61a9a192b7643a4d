package dev.archivist.gui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs file, parse, check and save work off the FX thread and hands results back on it; tests
 * use {@link DirectTaskRunner}, which does everything at once on the calling thread.
 */
public abstract class TaskRunner {
    /** What the status bar shows of the titled tasks; a runner that shows nothing leaves them as they are. */
    protected final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    protected final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    /** Work to run in the background; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What background work tells the status bar. Safe to call from any thread. */
    public interface Progress {
        void update(long done, long total);

        boolean cancelled();
    }

    /** A started task or a scheduled action, which can be cancelled. */
    public interface Handle {
        void cancel();
    }

    /**
     * Runs the work in the background; {@code onDone} or {@code onError} then runs on the FX
     * thread. A null title keeps the task out of the status bar (quiet checks while typing).
     */
    public abstract <T> Handle run(String title, Work<T> work, Consumer<? super T> onDone,
                                   Consumer<? super Throwable> onError);

    /** Runs the action on the FX thread after a delay (at once in tests). */
    public abstract Handle schedule(Duration delay, Runnable action);

    /**
     * Runs the action on the FX thread soon (at once in tests). Safe to call from any thread: work
     * that reports results as they come (the online link check) hands them over this way.
     */
    public abstract void post(Runnable action);

    /** True while a titled task runs. */
    public final ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The title of the newest titled task that runs, or the empty string. */
    public final ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Its progress from 0 to 1, or -1 when unknown. */
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
