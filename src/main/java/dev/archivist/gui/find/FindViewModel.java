package dev.archivist.gui.find;

import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.PageState;
import dev.archivist.edit.Replace;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.LatestWins;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find and replace in the open page's texts (Ctrl+H): the query, every match with its place, and
 * Replace (the selected match) and Replace All, each one undo step of the engine's
 * {@link Replace}. Matches are found in the background and follow every edit of the page.
 */
public final class FindViewModel {
    private static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final LatestWins finder;
    private final BiConsumer<YamlPath, Boolean> navigator;

    // properties
    private final StringProperty find = new SimpleStringProperty("");
    private final StringProperty with = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final BooleanProperty word = new SimpleBooleanProperty();
    private final BooleanProperty matchCase = new SimpleBooleanProperty();
    private final ObjectProperty<FindScope> scope = new SimpleObjectProperty<>(FindScope.ALL);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<Replace.Match> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Replace.Match> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private int keepIndex = -1;

    /** @param navigator shows a place in the editor; true moves the focus there */
    public FindViewModel(ObservableValue<EditorModel> current, TaskRunner runner, BiConsumer<YamlPath, Boolean> navigator) {
        this.finder = new LatestWins(runner);
        this.navigator = navigator;
        editor.bind(current);
        ObservableValue<PageState> state = editor.flatMap(EditorModel::stateProperty);
        // an edit looks again after the typing pause, not once per keystroke of a large page
        state.addListener((o, a, b) -> refresh(TYPING_PAUSE));
        active.addListener((o, a, b) -> refresh(Duration.ZERO));
        for (Observable typed : List.<Observable>of(find, with, regex, word, matchCase, scope)) {
            typed.addListener(o -> refresh(TYPING_PAUSE));
        }
    }

    // properties

    /** The text (or regular expression) to find. */
    public StringProperty findProperty() {
        return find;
    }

    /** What each match becomes. */
    public StringProperty withProperty() {
        return with;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty wordProperty() {
        return word;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public ObjectProperty<FindScope> scopeProperty() {
        return scope;
    }

    /** True while the pane shows; matches are looked for only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Every match, in the page's order. */
    public ObservableList<Replace.Match> matches() {
        return matches;
    }

    public ObjectProperty<Replace.Match> selectedProperty() {
        return selected;
    }

    /** "12 matches in 7 values", what a replace did, or why the query does not read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message says why the query cannot be used. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    // commands

    /** Shows the match's place in the editor; {@code focus} moves the keyboard focus there. */
    public void reveal(Replace.Match m, boolean focus) {
        if (m != null) {
            navigator.accept(m.path(), focus);
        }
    }

    /** Replaces the selected match (one undo step); the next match is selected. */
    public void replace() {
        Replace.Match m = selected.get();
        EditorModel e = editor.get();
        if (m == null || e == null) {
            return;
        }
        keepIndex = matches.indexOf(m);
        try {
            e.run(s -> s.replace(m));
        } catch (InvalidEdit ex) {
            say(ex.getMessage(), true);
        }
    }

    /** Replaces every match, as one undo step. */
    public void replaceAll() {
        Replace.Query q = query();
        EditorModel e = editor.get();
        if (q == null || e == null) {
            return;
        }
        try {
            int n = e.run(s -> s.replaceAll(q));
            keepIndex = -1;
            refresh(Duration.ZERO);
            say(n == 0 ? "Nothing to replace" : "Replaced " + count(n, "match", "matches") + " (Ctrl+Z takes them back)",
                    false);
        } catch (InvalidEdit ex) {
            say(ex.getMessage(), true);
        }
    }

    /** The query as typed, or null when there is nothing to find. */
    public Replace.Query query() {
        EditorModel e = editor.get();
        if (find.get() == null || find.get().isEmpty()) {
            return null;
        }
        YMapping root = e == null ? null : e.root();
        return new Replace.Query(find.get(), with.get() == null ? "" : with.get(), regex.get(), word.get(),
                matchCase.get(), scope.get().keys(root));
    }

    private void refresh(Duration delay) {
        EditorModel e = editor.get();
        Replace.Query q = query();
        if (!active.get() || e == null || q == null) {
            finder.cancel();
            show(List.of());
            say(e == null ? "" : "Type what to find in the page's texts", false);
            return;
        }
        YMapping root = e.root();
        finder.submit(delay, "Finding", p -> Replace.find(root, q), this::found, failed -> {
            show(List.of());
            say(failed instanceof InvalidEdit ? failed.getMessage() : "The search failed: " + failed, true);
        });
    }

    private void found(List<Replace.Match> now) {
        show(now);
        long values = now.stream().map(Replace.Match::path).distinct().count();
        say(now.isEmpty() ? "No match" : count(now.size(), "match", "matches") + " in " + count((int) values, "value",
                "values"), false);
    }

    private void show(List<Replace.Match> now) {
        Replace.Match keep = selected.get();
        matches.setAll(now);
        int at = keepIndex >= 0 ? keepIndex : keep == null ? -1 : now.indexOf(keep);
        keepIndex = -1;
        selected.set(now.isEmpty() || at < 0 ? null : now.get(Math.min(at, now.size() - 1)));
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
