package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
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
import java.util.function.Consumer;
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
    private final LatestWins search;
    private final Consumer<String> refused;

    // properties
    private final ReadOnlyObjectWrapper<YMapping> root = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MessagePlace> selection = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Set<MessagePlace>> matches = new ReadOnlyObjectWrapper<>();
    private Set<MessagePlace> context = Set.of();
    private final ObjectProperty<Map<MessagePlace, Integer>> problemCounts = new SimpleObjectProperty<>(Map.of());

    /** @param refused told, in words, why a move was not done */
    public ThreadTreeViewModel(ObservableValue<EditorModel> current, TaskRunner runner, Consumer<String> refused) {
        this.refused = refused;
        editor.bind(current);
        search = new LatestWins(runner);
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
            MessagePlace.of(focus).filter(p -> exists(p, now)).ifPresent(p -> {
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
    public ObservableList<MessagePlace> selection() {
        return selection;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** True for a thread the filter shows only because one of its replies matches. */
    public boolean shownForContext(MessagePlace p) {
        return context.contains(p);
    }

    /** The messages the filter finds (a thread shown for its replies is not one), or null when there is no filter. */
    public ReadOnlyObjectProperty<Set<MessagePlace>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** Problems per message, for the markers; set by whoever checks the page. */
    public ObjectProperty<Map<MessagePlace, Integer>> problemCountsProperty() {
        return problemCounts;
    }

    public MessagePlace focused() {
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
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && Moves.canBecomeReply(selection.get(0)), selection);
    }

    public BooleanBinding canMerge() {
        return Bindings.createBooleanBinding(() -> selection.size() >= 2 && selection.stream().allMatch(MessagePlace::isThread), selection);
    }

    /** True when the one selected message moves, or is a reply whose refusal is told in words. */
    public BooleanBinding canShift(int delta) {
        return Bindings.createBooleanBinding(() -> selection.size() == 1 && exists(selection.get(0), root.get())
                && (Moves.shift(root.get(), selection.get(0), delta) != null || !selection.get(0).isThread()), selection, root);
    }

    // commands

    public void select(MessagePlace p) {
        if (p == null) {
            selection.clear();
        } else {
            selection.setAll(p);
        }
    }

    /** Adds a thread after the selected one (or at the end). */
    public void addThread() {
        MessagePlace f = focused();
        int at = f == null ? Archive.threads(root.get()).size() : f.thread() + 1;
        MessagePlace added = MessagePlace.thread(at);
        if (run(s -> s.insert(added.path(), Archive.newThread()))) {
            select(added);
        }
    }

    /** Adds a reply after the selected reply, or at the end of the selected thread. */
    public void addReply() {
        MessagePlace f = focused();
        if (f == null) {
            return;
        }
        int at = f.isThread() ? Archive.replies(Archive.threads(root.get()).get(f.thread())).size() : f.reply() + 1;
        MessagePlace added = MessagePlace.reply(f.thread(), at);
        if (run(s -> s.insert(added.path(), Archive.newReply()))) {
            select(added);
        }
    }

    public void delete() {
        if (selection.isEmpty()) {
            return;
        }
        List<MessagePlace> places = List.copyOf(selection);
        MessagePlace first = places.stream().min(MessagePlace::compareTo).orElseThrow();
        if (run(s -> s.delete(places.stream().map(MessagePlace::path).toList()))) {
            select(nearest(root.get(), first));
        }
    }

    /** What stands where the first deleted message was, or the one before it. */
    private static MessagePlace nearest(YMapping tree, MessagePlace first) {
        int threads = Archive.threads(tree).size();
        if (threads == 0) {
            return null;
        }
        if (first.isThread()) {
            return MessagePlace.thread(Math.min(first.thread(), threads - 1));
        }
        int replies = Archive.replies(Archive.threads(tree).get(first.thread())).size();
        return replies == 0 ? first.threadPlace() : MessagePlace.reply(first.thread(), Math.min(first.reply(), replies - 1));
    }

    public void moveUp() {
        shift(-1);
    }

    public void moveDown() {
        shift(1);
    }

    private void shift(int delta) {
        MessagePlace f = focused();
        if (f == null || selection.size() != 1) {
            return;
        }
        Moves m = Moves.shift(root.get(), f, delta);
        String why = m == null ? Moves.refusedShift(f, delta) : null;
        if (why != null) {
            refused.accept(why);
        }
        move(m);
    }

    public void toThread() {
        MessagePlace f = focused();
        if (f != null && !f.isThread()) {
            move(Moves.toThread(f));
        }
    }

    public void toReply() {
        MessagePlace f = focused();
        if (f != null && Moves.canBecomeReply(f)) {
            move(Moves.toReply(root.get(), f));
        }
    }

    public void merge() {
        if (selection.size() >= 2 && selection.stream().allMatch(MessagePlace::isThread)) {
            List<Integer> threads = selection.stream().map(MessagePlace::thread).toList();
            int into = threads.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int firstMoved = Archive.replies(Archive.threads(root.get()).get(into)).size();
            if (run(s -> s.merge(threads))) {
                select(MessagePlace.reply(into, firstMoved));
            }
        }
    }

    /** True when dropping the dragged message there means something. */
    public boolean canDrop(MessagePlace dragged, MessagePlace target, Drop where) {
        return Moves.drop(root.get(), dragged, target, where) != null;
    }

    public void drop(MessagePlace dragged, MessagePlace target, Drop where) {
        move(Moves.drop(root.get(), dragged, target, where));
    }

    /** Moves a message through the engine and selects it where it landed. */
    private void move(Moves m) {
        if (m != null && run(s -> s.move(m.from(), m.to()))) {
            MessagePlace.of(m.to()).ifPresent(this::select);
        }
    }

    private boolean run(java.util.function.Function<dev.archivist.edit.EditSession, Boolean> operation) {
        EditorModel e = editor.get();
        return e != null && e.run(operation);
    }

    static boolean exists(MessagePlace p, YMapping tree) {
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
            found(null);
            return;
        }
        search.submit(Duration.ofMillis(120), null, p -> MessageSearch.find(tree, query), this::found,
                e -> found(Set.of()));
    }

    private void found(Set<MessagePlace> m) {
        // the context is ready before the view, listening to the matches, asks for it
        context = m == null ? Set.of() : MessageSearch.context(m);
        matches.set(m);
    }
}
