package dev.archivist.gui.transcript;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.TranscriptTree;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.threads.Drop;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.function.Consumer;
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
 * selected item and the structural edits, each one undo step and each an engine operation of
 * {@link EditSession}: add, delete and move lines and sections (by one place or by drag and
 * drop), split a line at the caret, join a line to the one before, move a line to another section.
 * An edit the engine refuses ({@link InvalidEdit}) is told in words and changes nothing.
 */
public final class TranscriptTreeViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final Consumer<String> refused;

    // properties
    private final ReadOnlyObjectWrapper<YMapping> root = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();

    /** @param refused told why the engine refused an edit, in words */
    public TranscriptTreeViewModel(ObservableValue<EditorModel> current, Consumer<String> refused) {
        this.refused = refused;
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

    /** True when the selected item is a spoken line (not a section's header). */
    public BooleanBinding lineSelected() {
        return Bindings.createBooleanBinding(() -> selectedLine() >= 0, selected, root);
    }

    public BooleanBinding canShift(int delta) {
        return Bindings.createBooleanBinding(() -> shiftTarget(delta) >= 0, selected, root);
    }

    /** True when the selected line follows a line of the same speaker, so the two can be one. */
    public BooleanBinding canJoin() {
        return Bindings.createBooleanBinding(() -> {
            int s = selectedLine();
            List<YNode> items = TranscriptItems.items(root.get());
            return s > 0 && !TranscriptTree.isHeader(items.get(s - 1))
                    && new TranscriptRow(s - 1, items.get(s - 1)).field("who").equals(new TranscriptRow(s, items.get(s)).field("who"));
        }, selected, root);
    }

    /** The sections a line can be moved to: every header but the one of the selected line's section. */
    public List<TranscriptRow> otherSections() {
        int s = selectedLine();
        List<YNode> items = TranscriptItems.items(root.get());
        int own = s < 0 ? -1 : TranscriptItems.sectionOf(items, s);
        return rows().stream().filter(r -> r.isHeader() && r.index() != own).toList();
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
        YMapping r = root.get();
        if (r == null) {
            return;
        }
        boolean done = r.get(TranscriptItems.KEY).isPresent()
                ? run(x -> x.insert("Add transcript line", TranscriptTree.path(at), TranscriptItems.newLine(who)))
                : run(x -> x.insert("Add transcript line", YamlPath.of(TranscriptItems.KEY),
                        new YSequence(List.of(TranscriptItems.newLine(who)), false, null, null)));
        if (done) {
            selected.set(r.get(TranscriptItems.KEY).isPresent() ? at : 0);
        }
    }

    /** Adds a section after the selected item's section (at the end when none). */
    public void addSection() {
        if (root.get() == null) {
            return;
        }
        List<YNode> items = TranscriptItems.items(root.get());
        Integer s = selected.get();
        int at = s == null ? items.size() : TranscriptTree.sectionEnd(items, s);
        if (run(x -> x.addSection(TranscriptTree.path(at), TranscriptItems.NEW_SECTION))) {
            selected.set(at);
        }
    }

    /** Deletes the selected line, or the selected section with its lines, as one step. */
    public void delete() {
        Integer s = selected.get();
        List<YNode> items = TranscriptItems.items(root.get());
        if (s == null || s >= items.size()) {
            return;
        }
        YamlPath p = TranscriptTree.path(s);
        if (run(x -> TranscriptTree.isHeader(items.get(s)) ? x.deleteSection(p) : x.delete(p))) {
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

    /**
     * Cuts the selected line in two at a char offset of its text; the second part becomes the next
     * line, of the same speaker, and is selected.
     */
    public void split(int caret) {
        int s = selectedLine();
        if (s >= 0 && run(x -> x.splitLine(TranscriptTree.path(s), caret, null))) {
            selected.set(s + 1);
        }
    }

    /** Joins the selected line to the line before it, which is selected after. */
    public void join() {
        int s = selectedLine();
        if (s >= 0 && run(x -> x.joinLine(TranscriptTree.path(s)))) {
            selected.set(s - 1);
        }
    }

    /** Moves the selected line to the end of the section whose header is at {@code header}. */
    public void moveToSection(int header) {
        int s = selectedLine();
        if (s >= 0) {
            moveToSection(s, header);
        }
    }

    private void moveToSection(int s, int header) {
        int end = TranscriptTree.sectionEnd(TranscriptItems.items(root.get()), header);
        if (run(x -> x.moveLinesToSection(TranscriptTree.path(s), 1, TranscriptTree.path(header)))) {
            selected.set(end > s ? end - 1 : end);
        }
    }

    /**
     * True when the item at {@code dragged} can be dropped there: a line before or after a line or
     * a header, or into a section (to its end); a section before or after another section.
     */
    public boolean canDrop(int dragged, int target, Drop where) {
        return dropPlace(dragged, target, where) >= 0;
    }

    /** Drops the item at {@code dragged} on the item at {@code target}, as one step. */
    public void drop(int dragged, int target, Drop where) {
        int to = dropPlace(dragged, target, where);
        if (to < 0) {
            return;
        }
        List<YNode> items = TranscriptItems.items(root.get());
        if (TranscriptTree.isHeader(items.get(dragged))) {
            moveSection(dragged, to);
        } else if (where == Drop.INTO) {
            moveToSection(dragged, target);
        } else if (run(x -> x.moveLines(TranscriptTree.path(dragged), 1, TranscriptTree.path(to)))) {
            // a place right after a section's last line is the end of that section
            selected.set(to > dragged ? to - 1 : to);
        }
    }

    /** The index the dragged item goes before (the items' count for the end), or -1 when it cannot go there. */
    private int dropPlace(int dragged, int target, Drop where) {
        List<YNode> items = TranscriptItems.items(root.get());
        if (dragged < 0 || dragged >= items.size() || target < 0 || target >= items.size() || dragged == target) {
            return -1;
        }
        boolean onHeader = TranscriptTree.isHeader(items.get(target));
        if (TranscriptTree.isHeader(items.get(dragged))) {
            int end = TranscriptTree.sectionEnd(items, dragged);
            if (!onHeader || where == Drop.INTO || target > dragged && target < end) {
                return -1;
            }
            int before = where == Drop.BEFORE ? target : TranscriptTree.sectionEnd(items, target);
            return before == dragged || before == end ? -1 : before;
        }
        if (where == Drop.INTO) {
            return onHeader && TranscriptItems.sectionOf(items, dragged) != target ? TranscriptTree.sectionEnd(items, target) : -1;
        }
        int before = where == Drop.BEFORE ? target : target + 1;
        return before == dragged || before == dragged + 1 ? -1 : before;
    }

    /** The selected item's index when it is a line, else -1. */
    private int selectedLine() {
        Integer s = selected.get();
        List<YNode> items = TranscriptItems.items(root.get());
        return s == null || s >= items.size() || TranscriptTree.isHeader(items.get(s)) ? -1 : s;
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
        moveSection(s, to);
    }

    /** Moves the section at {@code header} before the item at {@code before} (the items' count: to the end). */
    private void moveSection(int header, int before) {
        List<YNode> items = TranscriptItems.items(root.get());
        int n = TranscriptTree.sectionEnd(items, header) - header;
        YamlPath to = before >= items.size() ? null : TranscriptTree.path(before);
        if (run(x -> x.moveSection(TranscriptTree.path(header), to))) {
            selected.set(before > header ? before - n : before);
        }
    }

    private boolean run(Function<EditSession, Boolean> operation) {
        EditorModel e = editor.get();
        if (e == null) {
            return false;
        }
        try {
            return e.run(operation);
        } catch (InvalidEdit refusal) {
            refused.accept(refusal.getMessage());
            return false;
        }
    }
}
