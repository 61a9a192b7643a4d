package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.model.BookArchive;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The page's header as a form: texts bound to their scalars, the cover and image files, the
 * dates, the authors with their {@code _people} names, the links, and every other key.
 */
public final class MetadataViewModel extends PageForm {

    // properties
    private final BoundText title = bound("title");
    private final BoundText description = bound("description");
    private final BoundText cover = bound("cover");
    private final BoundText image = bound("image");
    private final BoundText start = bound("start");
    private final BoundText end = bound("end");
    private final IdList authors = new IdList(editor::get, "authors", "author", true);
    private final ObservableList<LinkRow> links = FXCollections.observableArrayList();
    private final OtherKeys others = new OtherKeys(editor::get, BookArchive.KNOWN_KEYS);

    public MetadataViewModel(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet) {
        super(current, problemSet);
        follow();
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

    public ObservableList<AuthorRow> authors() {
        return authors.rows();
    }

    /** The authors as the people-list control edits them. */
    public IdList authorList() {
        return authors;
    }

    /** The other keys as the generic editor edits them. */
    public OtherKeys otherKeys() {
        return others;
    }

    public ObservableList<LinkRow> links() {
        return links;
    }

    public ObservableList<OtherRow> others() {
        return others.rows();
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
        return authors.suggest(typed);
    }

    /** Adds an author by id, by a person's name, or as "Name (id)" from the completion. */
    public void addAuthor(String typed) {
        authors.add(typed);
    }

    public void removeAuthor(int index) {
        authors.remove(index);
    }

    public void moveAuthor(int index, int delta) {
        authors.move(index, delta);
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

    /** As {@link OtherKeys#set}. */
    public void setOther(String key, String text) {
        others.set(key, text);
    }

    /** As {@link OtherKeys#add}. */
    public void addOther(String key, String valueText) {
        others.add(key, valueText);
    }

    public void removeOther(String key) {
        others.remove(key);
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

    @Override
    protected void pull(EditorModel e, YMapping root) {
        for (BoundText t : List.of(title, description, cover, image, start, end)) {
            t.pull(root);
        }
        authors.pull(e);
        pullLinks(root);
        others.pull(root);
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
}
