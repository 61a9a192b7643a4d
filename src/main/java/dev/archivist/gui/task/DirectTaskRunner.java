package dev.archivist.gui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs every task and scheduled action at once on the calling thread, so view-model tests are deterministic. */
public final class DirectTaskRunner implements TaskRunner {
    private static final Handle DONE = () -> { };
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    @Override
    public <T> Handle run(String name, Work<T> work, Consumer<? super T> onDone, Consumer<? super Throwable> onError) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total) {
                    // nothing shows progress in tests
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (Exception | StackOverflowError e) {
            onError.accept(e);
            return DONE;
        }
        onDone.accept(result);
        return DONE;
    }

    @Override
    public Handle schedule(Duration delay, Runnable action) {
        action.run();
        return DONE;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
