package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.editor.Nodes;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The top-level keys a form does not show in fields of its own, for the generic editor: each
 * value edited as text or YAML, keys added and removed, every edit one step of the engine.
 */
public final class OtherKeys {
    private final Supplier<EditorModel> editor;
    private final Set<String> known;
    private final ObservableList<OtherRow> rows = FXCollections.observableArrayList();

    /** @param known the keys the form has fields for (empty: every key is generic) */
    public OtherKeys(Supplier<EditorModel> editor, Set<String> known) {
        this.editor = editor;
        this.known = Set.copyOf(known);
    }

    public ObservableList<OtherRow> rows() {
        return rows;
    }

    /**
     * Sets a key's value from text: a scalar keeps its type where the text allows, a list or
     * mapping is read as YAML.
     *
     * @throws IllegalArgumentException when YAML for a list or mapping does not parse
     */
    public void set(String key, String text) {
        EditorModel e = editor.get();
        YNode old = e == null ? null : e.root().get(key).orElse(null);
        if (e == null || old == null) {
            return;
        }
        if (old instanceof YScalar) {
            e.setText(YamlPath.of(key), text);
            return;
        }
        YNode value = Nodes.parseValue(key, text);
        e.run(s -> s.set("Edit " + key, YamlPath.of(key), value));
    }

    /**
     * Adds a key with a value typed as YAML ({@code true}, {@code [a, b]}, text...).
     *
     * @throws IllegalArgumentException when the key exists, is empty, or the value is not YAML
     */
    public void add(String key, String valueText) {
        EditorModel e = editor.get();
        String k = key == null ? "" : key.strip();
        if (e == null || k.isEmpty() || e.root().get(k).isPresent()) {
            throw new IllegalArgumentException(k.isEmpty() ? "a key needs a name" : "the page already has a key '" + k + "'");
        }
        YNode value = valueText == null || valueText.isBlank() ? YScalar.str("") : Nodes.parseValue(k, valueText);
        e.run(s -> s.insert("Add " + k, YamlPath.of(k), value));
    }

    public void remove(String key) {
        EditorModel e = editor.get();
        if (e != null && e.root().get(key).isPresent()) {
            e.run(s -> s.delete("Remove " + key, YamlPath.of(key)));
        }
    }

    /** Shows the keys of this tree (null: no page). */
    public void pull(YMapping root) {
        List<OtherRow> next = new ArrayList<>();
        if (root != null) {
            for (YEntry entry : root.entries()) {
                if (!known.contains(entry.name())) {
                    next.add(new OtherRow(entry.name(), entry.value()));
                }
            }
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }
}
