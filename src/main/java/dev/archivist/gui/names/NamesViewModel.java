package dev.archivist.gui.names;

import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Names view: the clusters of spellings the name checks found, and for the selected one the
 * name to keep and which spellings to rename to it; applying is one undo step.
 */
public final class NamesViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSet> problems = new SimpleObjectProperty<>(ProblemSet.EMPTY);
    private final Renamer renamer;

    // properties
    private final ObservableList<ClusterRow> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<ClusterRow> selected = new SimpleObjectProperty<>();
    private final StringProperty canonical = new SimpleStringProperty("");
    private final Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    public NamesViewModel(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet, Renamer renamer) {
        this.renamer = renamer;
        editor.bind(current);
        problems.bind(problemSet);
        problems.addListener((o, a, b) -> refresh());
        active.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, b) -> choose(b));
    }

    /** True while the view shows; clusters are made only then (a large page has thousands of name problems). */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<ClusterRow> clusters() {
        return clusters;
    }

    public ObjectProperty<ClusterRow> selectedProperty() {
        return selected;
    }

    /** The name every ticked spelling becomes. */
    public StringProperty canonicalProperty() {
        return canonical;
    }

    /** Whether a spelling of the selected cluster is renamed (untick a wrong member). */
    public BooleanProperty tickedProperty(String spelling) {
        return ticked.computeIfAbsent(spelling, s -> new SimpleBooleanProperty(true));
    }

    /** The spellings that applying would rename: ticked and not the name to keep. */
    public List<String> toRename() {
        ClusterRow c = selected.get();
        if (c == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : c.spellings()) {
            if (tickedProperty(s).get() && !s.equals(canonical.get().strip())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The edits applying would make, for the preview's count. */
    public List<Edit> plan() {
        EditorModel e = editor.get();
        String to = canonical.get() == null ? "" : canonical.get().strip();
        if (e == null || to.isEmpty()) {
            return List.of();
        }
        List<Edit> edits = new ArrayList<>();
        for (String from : toRename()) {
            edits.addAll(renamer.rename(e.root(), from, to));
        }
        return edits;
    }

    /** Renames the ticked spellings to the canonical name, as one undo step. */
    public void apply() {
        EditorModel e = editor.get();
        if (e == null || plan().isEmpty()) {
            return;
        }
        List<String> from = toRename();
        String to = canonical.get().strip();
        e.run(s -> s.rename(from, to));
    }

    private void refresh() {
        if (!active.get()) {
            return;
        }
        EditorModel e = editor.get();
        List<dev.archivist.model.Problem> names = new ArrayList<>(problems.get().of(Kind.NAME_VARIANT));
        names.addAll(problems.get().of(Kind.AUTHOR_MISMATCH));
        List<ClusterRow> now = e == null ? List.of() : ClusterList.of(names, e.root());
        ClusterRow keep = selected.get();
        clusters.setAll(now);
        selected.set(now.stream().filter(c -> keep != null && c.suggested().equals(keep.suggested())).findFirst()
                .orElse(now.isEmpty() ? null : now.get(0)));
    }

    private void choose(ClusterRow c) {
        ticked.clear();
        canonical.set(c == null ? "" : c.suggested());
    }
}
