package dev.archivist.gui.main;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.PageState;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.io.save.Recovery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * Keeps the open page's unsaved edits in the recovery store: the text a save would write, a
 * moment after the last edit, written in the background; forgotten when the page is saved, its
 * edits are undone back to the saved state, or they are discarded. Used on the FX thread.
 */
final class RecoveryKeeper {
    static final Duration DELAY = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(RecoveryKeeper.class.getName());
    private final Recovery store;
    private final TaskRunner runner;
    private final ObservableValue<EditorModel> open;
    // a write started before a save or a discard must not bring the file back
    private final AtomicLong generation = new AtomicLong();
    private EditorModel editor;
    private boolean wasModified;
    private Path kept;
    private TaskRunner.Handle scheduled;

    RecoveryKeeper(Recovery store, TaskRunner runner, ObservableValue<EditorModel> open) {
        this.store = store;
        this.runner = runner;
        this.open = open;
        // invalidation, not change: a state saved can equal, as a record, the one before it
        ObservableValue<PageState> state = open.flatMap(EditorModel::stateProperty);
        state.addListener((Observable o) -> {
            state.getValue();
            changed();
        });
    }

    Recovery store() {
        return store;
    }

    private void changed() {
        EditorModel e = open.getValue();
        // the session, not the model's property: the state property changes before "modified" follows
        boolean modified = e != null && e.session().isModified() && e.session().path() != null;
        if (e != editor) {
            cancel();
            editor = e;
            kept = null;
        } else if (!modified && wasModified) {
            discard(e.session().path());
        }
        wasModified = modified;
        if (modified) {
            cancel();
            long g = generation.incrementAndGet();
            scheduled = runner.schedule(DELAY, () -> write(g));
        }
    }

    private void write(long g) {
        EditorModel e = editor;
        if (e == null || g != generation.get() || !e.session().isModified() || e.path() == null) {
            return;
        }
        PageState state = e.state();
        String disk = e.diskText();
        Path path = e.path();
        kept = path;
        runner.run(null, p -> {
            String text = EditSession.prepare(state).text();
            synchronized (store) {
                if (generation.get() == g) {
                    store.write(path, disk, text);
                }
            }
            return null;
        }, done -> { }, err -> LOG.log(System.Logger.Level.WARNING, "unsaved edits of " + path + " not kept", err));
    }

    /** Forgets the edits kept for the page (and for its old name after Save As): saved or dropped. */
    void discard(Path page) {
        cancel();
        generation.incrementAndGet();
        synchronized (store) {
            if (kept != null && !kept.equals(page)) {
                store.delete(kept);
            }
            if (page != null) {
                store.delete(page);
            }
        }
        kept = null;
    }

    private void cancel() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }
}
