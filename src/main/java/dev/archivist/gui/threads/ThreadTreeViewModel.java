package dev.archivist.gui.threads;

import dev.archivist.gui.editor.Change;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.LatestWins;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tree of threads and replies: what it shows (the current tree, the filter's matches, the
 * problem markers, the selection) and the structural edits, each one undo step.
 */
public final class ThreadTreeViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final LatestWins<Set<Place>> search;

    // properties
    private final ReadOnlyObjectWrapper<YMapping> root = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Place> selection = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Set<Place>> matches = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Map<Place, Integer>> problemCounts = new SimpleObjectProperty<>(Map.of());

    public ThreadTreeViewModel(ObservableValue<EditorModel> current, TaskRunner runner) {
        editor.bind(current);
        search = new LatestWins<>(runner, Duration.ofMillis(120));
        EditorBinding.follow(editor, this::stateChanged);
        filter.addListener((o, a, b) -> refilter());
    }

    private void stateChanged(EditorModel e) {
        YMapping before = root.get();
        YMapping now = e == null ? null : e.root();
        // drop places that no longer exist before anything looks at the new tree
        selection.removeIf(p -> !exists(p, now));
        root.set(now);
        if (e == null) {
            return;
        }
        if (before != now) {
            refilter();
        }
        YamlPath focus = e.lastFocusProperty().get();
        if (focus != null) {
            Place.of(focus).filter(p -> exists(p, now)).ifPresent(p -> {
                if (!selection.contains(p)) {
                    selection.setAll(p);
                }
            });
        }
    }

    // properties

    public ReadOnlyObjectProperty<YMapping> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The selected messages, in the order they were selected; the view keeps it in step. */
    public ObservableList<Place> selection() {
        return selection;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The messages the filter finds, or null when there is no filter. */
    public ReadOnlyObjectProperty<Set<Place>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Problems per message, for the markers; set by whoever checks the page. */
    public ObjectProperty<Map<Place, Integer>> problemCountsProperty() {
        return problemCounts;
    }

    public Place focused() {
        return selection.isEmpty() ? null : selection.get(selection.size() - 1);
    }


    public BooleanBinding hasSelection() {
        return Bindings.isNotEmpty(selection);
    }

    /** True when the selection is exactly one reply. */
    public BooleanBinding oneReply() {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && !selection.get(0).isThread(), selection);
    }

    public BooleanBinding canBecomeReply() {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && ThreadEdits.canBecomeReply(selection.get(0)), selection);
    }

    public BooleanBinding canMerge() {
        return Bindings.createBooleanBinding(() -> selection.size() >= 2 && selection.stream().allMatch(Place::isThread), selection);
    }

    public BooleanBinding canShift(int delta) {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && exists(selection.get(0), root.get())
                && ThreadEdits.canShift(root.get(), selection.get(0), delta), selection, root);
    }

    // commands

    public void select(Place p) {
        if (p == null) {
            selection.clear();
        } else {
            selection.setAll(p);
        }
    }

    /** Adds a thread after the selected one (or at the end). */
    public void addThread() {
        Place f = focused();
        int at = f == null ? Archive.threads(root.get()).size() : f.thread() + 1;
        run("Add thread", ThreadEdits.addThread(root.get(), at));
    }

    /** Adds a reply after the selected reply, or at the end of the selected thread. */
    public void addReply() {
        Place f = focused();
        if (f == null) {
            return;
        }
        int at = f.isThread() ? Archive.replies(Archive.threads(root.get()).get(f.thread())).size() : f.reply() + 1;
        run("Add reply", ThreadEdits.addReply(root.get(), f.thread(), at));
    }

    public void delete() {
        if (!selection.isEmpty()) {
            String what = selection.size() == 1 ? (focused().isThread() ? "thread" : "reply") : selection.size() + " messages";
            run("Delete " + what, ThreadEdits.delete(root.get(), List.copyOf(selection)));
        }
    }

    public void moveUp() {
        shift(-1);
    }

    public void moveDown() {
        shift(1);
    }

    private void shift(int delta) {
        Place f = focused();
        ThreadEdits.Result r = f == null || selection.size() != 1 ? null : ThreadEdits.shift(root.get(), f, delta);
        if (r != null) {
            run(delta < 0 ? "Move up" : "Move down", r);
        }
    }

    public void toThread() {
        Place f = focused();
        if (f != null && !f.isThread()) {
            run("Turn reply into thread", ThreadEdits.replyToThread(root.get(), f));
        }
    }

    public void toReply() {
        Place f = focused();
        if (f != null && ThreadEdits.canBecomeReply(f)) {
            run("Turn thread into reply", ThreadEdits.threadToReply(root.get(), f));
        }
    }

    public void merge() {
        if (selection.size() >= 2 && selection.stream().allMatch(Place::isThread)) {
            run("Merge " + selection.size() + " threads",
                    ThreadEdits.merge(root.get(), selection.stream().map(Place::thread).toList()));
        }
    }

    /** True when dropping the dragged message there means something. */
    public boolean canDrop(Place dragged, Place target, Drop where) {
        return Drops.result(root.get(), dragged, target, where) != null;
    }

    public void drop(Place dragged, Place target, Drop where) {
        ThreadEdits.Result r = Drops.result(root.get(), dragged, target, where);
        if (r != null) {
            run("Move " + (dragged.isThread() ? "thread" : "reply"), r);
        }
    }

    private void run(String label, ThreadEdits.Result r) {
        EditorModel e = editor.get();
        if (e == null || r.root() == e.root()) {
            return;
        }
        YMapping next = r.root();
        Place before = focused();
        e.apply(new Change(label, r.select() == null ? null : r.select().path(), null, e.state().withRoot(next),
                before == null ? null : before.path()));
        select(r.select());
    }

    static boolean exists(Place p, YMapping tree) {
        List<dev.archivist.model.YNode> threads = tree == null ? List.of() : Archive.threads(tree);
        if (p.thread() < 0 || p.thread() >= threads.size()) {
            return false;
        }
        return p.isThread() || p.reply() < Archive.replies(threads.get(p.thread())).size();
    }

    private void refilter() {
        String query = filter.get() == null ? "" : filter.get().strip();
        YMapping tree = root.get();
        if (query.isEmpty() || tree == null) {
            search.cancel();
            matches.set(null);
            return;
        }
        search.submit(null, p -> MessageSearch.find(tree, query), matches::set, e -> matches.set(Set.of()));
    }
}
