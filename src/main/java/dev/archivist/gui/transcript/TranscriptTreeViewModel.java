package dev.archivist.gui.transcript;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.Step;
import dev.archivist.edit.TranscriptTree;
import dev.archivist.edit.TreeEdits;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * An episode's transcript as a tree of sections ({@code header} items) and their lines: the
 * selected item and the structural edits (add, delete, move up and down), each one undo step
 * made of the engine's generic insert, delete and move. Splitting and joining lines and moving
 * lines to another section are engine operations ({@code EditSession.splitLine} and the others)
 * that this tree does not offer yet.
 */
public final class TranscriptTreeViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();

    // properties
    private final ReadOnlyObjectWrapper<YMapping> root = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();

    public TranscriptTreeViewModel(ObservableValue<EditorModel> current) {
        editor.bind(current);
        EditorBinding.follow(editor, this::stateChanged);
    }

    private void stateChanged(EditorModel e) {
        YMapping now = e == null ? null : e.root();
        Integer s = selected.get();
        if (s != null && s >= TranscriptItems.items(now).size()) {
            selected.set(null);
        }
        root.set(now);
        YamlPath focus = e == null ? null : e.lastFocusProperty().get();
        if (focus != null && focus.segments().size() >= 2 && TranscriptItems.KEY.equals(focus.segments().get(0))
                && focus.segments().get(1) instanceof Integer i && i < TranscriptItems.items(now).size()) {
            selected.set(i);
        }
    }

    // properties

    public ReadOnlyObjectProperty<YMapping> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** The selected item's index in {@code transcript}, or null. */
    public ObjectProperty<Integer> selectedProperty() {
        return selected;
    }

    public List<TranscriptRow> rows() {
        List<YNode> items = TranscriptItems.items(root.get());
        return IntStream.range(0, items.size()).mapToObj(i -> new TranscriptRow(i, items.get(i))).toList();
    }

    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    public BooleanBinding canShift(int delta) {
        return Bindings.createBooleanBinding(() -> shiftTarget(delta) >= 0, selected, root);
    }

    // commands

    public void select(Integer index) {
        selected.set(index);
    }

    /** Adds a line after the selected item (at the end when none), said by the selected line's speaker. */
    public void addLine() {
        List<YNode> items = TranscriptItems.items(root.get());
        Integer s = selected.get();
        int at = s == null ? items.size() : s + 1;
        String who = s == null ? "" : new TranscriptRow(s, items.get(s)).field("who");
        insert("Add transcript line", at, TranscriptItems.newLine(who));
    }

    /** Adds a section after the selected one (at the end when none). */
    public void addSection() {
        List<YNode> items = TranscriptItems.items(root.get());
        Integer s = selected.get();
        int at = s == null ? items.size() : TranscriptTree.sectionEnd(items, s);
        insert("Add transcript section", at, TranscriptItems.newHeader());
    }

    /** Deletes the selected line, or the selected section with its lines, as one step. */
    public void delete() {
        Integer s = selected.get();
        List<YNode> items = TranscriptItems.items(root.get());
        if (s == null || s >= items.size()) {
            return;
        }
        int end = TranscriptTree.isHeader(items.get(s)) ? TranscriptTree.sectionEnd(items, s) : s + 1;
        List<YamlPath> places = IntStream.range(s, end).mapToObj(TranscriptTree::path).toList();
        if (run(x -> x.delete(places))) {
            int left = TranscriptItems.items(root.get()).size();
            selected.set(left == 0 ? null : Math.min(s, left - 1));
        }
    }

    public void moveUp() {
        shift(-1);
    }

    public void moveDown() {
        shift(1);
    }

    /** Where the selected item goes for a move by one (a section moves past the whole next section), or -1. */
    private int shiftTarget(int delta) {
        Integer s = selected.get();
        List<YNode> items = TranscriptItems.items(root.get());
        if (s == null || s >= items.size()) {
            return -1;
        }
        if (!TranscriptTree.isHeader(items.get(s))) {
            int to = s + delta;
            return to < 0 || to >= items.size() ? -1 : to;
        }
        if (delta < 0) {
            return s == 0 ? -1 : Math.max(0, TranscriptItems.sectionOf(items, s - 1));
        }
        int end = TranscriptTree.sectionEnd(items, s);
        return end >= items.size() ? -1 : TranscriptTree.sectionEnd(items, end);
    }

    private void shift(int delta) {
        int to = shiftTarget(delta);
        Integer s = selected.get();
        if (to < 0) {
            return;
        }
        List<YNode> items = TranscriptItems.items(root.get());
        if (!TranscriptTree.isHeader(items.get(s))) {
            if (run(x -> x.move(TranscriptTree.path(s), TranscriptTree.path(to)))) {
                selected.set(to);
            }
            return;
        }
        moveSection(s, TranscriptTree.sectionEnd(items, s), to);
    }

    /** Moves items [from, end) so the first stands before {@code to}'s item (or at the end), as one step of moves. */
    private void moveSection(int from, int end, int to) {
        EditorModel e = editor.get();
        int n = end - from;
        YMapping next = e.root();
        boolean up = to < from;
        for (int k = 0; k < n; k++) {
            // each item moves as the engine's move does; the whole section is one undo step
            next = up ? TreeEdits.move(next, TranscriptTree.path(from + k), TranscriptTree.path(to + k))
                    : TreeEdits.move(next, TranscriptTree.path(from), TranscriptTree.path(to - 1));
        }
        int landed = up ? to : to - n;
        YMapping done = next;
        if (run(x -> x.apply(new Step("Move transcript section", TranscriptTree.path(landed), null,
                x.state().withRoot(done), TranscriptTree.path(from))))) {
            selected.set(landed);
        }
    }

    private void insert(String label, int at, YNode item) {
        YMapping r = root.get();
        if (r == null) {
            return;
        }
        boolean exists = r.get(TranscriptItems.KEY).isPresent();
        boolean done = exists ? run(x -> x.insert(label, TranscriptTree.path(at), item))
                : run(x -> x.insert(label, YamlPath.of(TranscriptItems.KEY),
                        new dev.archivist.model.YSequence(List.of(item), false, null, null)));
        if (done) {
            selected.set(exists ? at : 0);
        }
    }

    private boolean run(Function<EditSession, Boolean> operation) {
        EditorModel e = editor.get();
        return e != null && e.run(operation);
    }
}
