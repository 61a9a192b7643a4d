package dev.archivist.gui.task;

import java.time.Duration;
import java.util.function.Consumer;

/** Runs every task and scheduled action at once on the calling thread, so view-model tests are deterministic. */
public final class DirectTaskRunner extends TaskRunner {
    private static final Handle DONE = () -> { };

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
    public void post(Runnable action) {
        action.run();
    }

    @Override
    public Handle schedule(Duration delay, Runnable action) {
        action.run();
        return DONE;
    }
}
