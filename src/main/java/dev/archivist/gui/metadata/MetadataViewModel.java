package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.editor.Nodes;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.model.BookArchive;
import dev.archivist.model.Problem;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page's header as a form: texts bound to their scalars, the cover and image files, the
 * dates, the authors with their {@code _people} names, the links, and every other key.
 */
public final class MetadataViewModel {
    private final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSet> problems = new SimpleObjectProperty<>(ProblemSet.EMPTY);

    // properties
    private final BoundText title = bound("title");
    private final BoundText description = bound("description");
    private final BoundText cover = bound("cover");
    private final BoundText image = bound("image");
    private final BoundText start = bound("start");
    private final BoundText end = bound("end");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ObservableList<AuthorRow> authors = FXCollections.observableArrayList();
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final ObservableList<OtherRow> others = FXCollections.observableArrayList();

    public MetadataViewModel(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet) {
        editor.bind(current);
        problems.bind(problemSet);
        EditorBinding.follow(editor, e -> pull());
    }

    private BoundText bound(String key) {
        return new BoundText(editor::get, YamlPath.of(key));
    }

    // properties

    public BoundText title() {
        return title;
    }

    public BoundText description() {
        return description;
    }

    public BoundText cover() {
        return cover;
    }

    public BoundText image() {
        return image;
    }

    public BoundText start() {
        return start;
    }

    public BoundText end() {
        return end;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ObservableList<AuthorRow> authors() {
        return authors;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<OtherRow> others() {
        return others;
    }

    public ObjectProperty<ProblemSet> problemsProperty() {
        return problems;
    }

    /** The messages of the problems at a place of the header. */
    public List<String> problemsAt(YamlPath path) {
        return problems.get().at(path).stream().map(Problem::message).toList();
    }

    /** The file a site path points to, or null when the page is outside a site or the path is empty. */
    public Path resolve(String sitePath) {
        Site site = editor.get() == null ? null : editor.get().site();
        return site == null ? null : site.resolve(sitePath).orElse(null);
    }

    /** True when the path is set and no file is there. */
    public boolean missing(String sitePath) {
        Path p = resolve(sitePath);
        return sitePath != null && !sitePath.isBlank() && (p == null || !Files.isRegularFile(p));
    }

    // commands

    /** Writes a date and time into {@link #start()} or {@link #end()}, in the format it is written in. */
    public void setTimestamp(BoundText field, LocalDate date, LocalTime time) {
        if (date != null) {
            field.valueProperty().set(Timestamps.write(date, time, field.get()));
        }
    }

    /** People as "Name (id)", for the authors field's completion. */
    public List<String> suggestAuthors(String typed) {
        Site site = editor.get() == null ? null : editor.get().site();
        if (site == null) {
            return List.of();
        }
        String q = dev.archivist.gui.threads.MessageSearch.fold(typed.strip());
        List<String> out = new ArrayList<>();
        for (Person p : site.people().values()) {
            String entry = p.title() + " (" + p.id() + ")";
            if (dev.archivist.gui.threads.MessageSearch.fold(entry).contains(q)) {
                out.add(entry);
            }
        }
        return out;
    }

    /** Adds an author by id, by a person's name, or as "Name (id)" from the completion. */
    public void addAuthor(String typed) {
        String id = AuthorInput.resolve(typed, editor.get() == null ? null : editor.get().site());
        if (!id.isEmpty()) {
            setList("Add author", "authors", MetadataEdits.add(root(), "authors", YScalar.str(id), true));
        }
    }

    public void removeAuthor(int index) {
        setList("Remove author", "authors", MetadataEdits.remove(root(), "authors", index));
    }

    public void moveAuthor(int index, int delta) {
        setList("Move author", "authors", MetadataEdits.move(root(), "authors", index, delta));
    }

    public void addLink() {
        setList("Add link", "links", MetadataEdits.add(root(), "links", MetadataEdits.newLink(), false));
    }

    public void removeLink(int index) {
        setList("Remove link", "links", MetadataEdits.remove(root(), "links", index));
    }

    public void moveLink(int index, int delta) {
        setList("Move link", "links", MetadataEdits.move(root(), "links", index, delta));
    }

    /**
     * Sets another key's value from text: a scalar keeps its type where the text allows, a list
     * or mapping is read as YAML.
     *
     * @throws IllegalArgumentException when YAML for a list or mapping does not parse
     */
    public void setOther(String key, String text) {
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
    public void addOther(String key, String valueText) {
        EditorModel e = editor.get();
        String k = key == null ? "" : key.strip();
        if (e == null || k.isEmpty() || e.root().get(k).isPresent()) {
            throw new IllegalArgumentException(k.isEmpty() ? "a key needs a name" : "the page already has a key '" + k + "'");
        }
        YNode value = valueText == null || valueText.isBlank() ? YScalar.str("") : Nodes.parseValue(k, valueText);
        e.run(s -> s.insert("Add " + k, YamlPath.of(k), value));
    }

    public void removeOther(String key) {
        EditorModel e = editor.get();
        if (e != null && e.root().get(key).isPresent()) {
            e.run(s -> s.delete("Remove " + key, YamlPath.of(key)));
        }
    }

    private YMapping root() {
        EditorModel e = editor.get();
        return e == null ? YMapping.of(List.of()) : e.root();
    }

    /** Sets a header list through the engine (null: nothing to do). */
    private void setList(String label, String key, YNode list) {
        EditorModel e = editor.get();
        if (e != null && list != null) {
            e.run(s -> s.set(label, YamlPath.of(key), list));
        }
    }

    private void pull() {
        EditorModel e = editor.get();
        YMapping root = e == null ? null : e.root();
        available.set(root != null);
        for (BoundText t : List.of(title, description, cover, image, start, end)) {
            t.pull(root);
        }
        pullAuthors(e);
        pullLinks(root);
        pullOthers(root);
    }

    private void pullAuthors(EditorModel e) {
        List<AuthorRow> rows = new ArrayList<>();
        if (e != null) {
            List<YNode> items = MetadataEdits.items(e.root(), "authors");
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i) instanceof YScalar s ? s.value() : String.valueOf(items.get(i).toData());
                String name = e.site() == null ? null : e.site().person(id).map(Person::title).orElse(null);
                rows.add(new AuthorRow(i, id, name));
            }
        }
        if (!rows.equals(authors)) {
            authors.setAll(rows);
        }
    }

    private void pullLinks(YMapping root) {
        int size = root == null ? 0 : MetadataEdits.items(root, "links").size();
        if (size != links.size()) {
            List<LinkRow> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                LinkRow row = new LinkRow(editor::get, i);
                row.pull(root, i);
                rows.add(row);
            }
            links.setAll(rows);
            return;
        }
        for (int i = 0; i < size; i++) {
            links.get(i).pull(root, i);
        }
    }

    private void pullOthers(YMapping root) {
        List<OtherRow> rows = new ArrayList<>();
        if (root != null) {
            for (YEntry entry : root.entries()) {
                if (!BookArchive.KNOWN_KEYS.contains(entry.name())) {
                    rows.add(new OtherRow(entry.name(), entry.value()));
                }
            }
        }
        if (!rows.equals(others)) {
            others.setAll(rows);
        }
    }
}
