package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.threads.MessageSearch;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list of {@code _people} ids under one key (a book's {@code authors}, an episode's
 * {@code guests}): the ids with the people's names, completion, and the edits, each one set of
 * the list through the engine.
 */
public final class IdList {
    private final Supplier<EditorModel> editor;
    private final String key;
    private final String noun;
    private final boolean newListFlow;
    private final ObservableList<AuthorRow> rows = FXCollections.observableArrayList();

    /**
     * @param noun what one entry is called in undo labels ("author", "guest")
     * @param newListFlow whether a list made from nothing is written as {@code [a, b]}
     */
    public IdList(Supplier<EditorModel> editor, String key, String noun, boolean newListFlow) {
        this.editor = editor;
        this.key = key;
        this.noun = noun;
        this.newListFlow = newListFlow;
    }

    public String key() {
        return key;
    }

    public String noun() {
        return noun;
    }

    public ObservableList<AuthorRow> rows() {
        return rows;
    }

    /** People as "Name (id)", for the field's completion. */
    public List<String> suggest(String typed) {
        Site site = site();
        if (site == null) {
            return List.of();
        }
        String q = MessageSearch.fold(typed.strip());
        List<String> out = new ArrayList<>();
        for (Person p : site.people().values()) {
            String entry = p.title() + " (" + p.id() + ")";
            if (MessageSearch.fold(entry).contains(q)) {
                out.add(entry);
            }
        }
        return out;
    }

    /** Adds an entry by id, by a person's name, or as "Name (id)" from the completion. */
    public void add(String typed) {
        String id = AuthorInput.resolve(typed, site());
        if (!id.isEmpty()) {
            setList("Add " + noun, MetadataEdits.add(root(), key, YScalar.str(id), newListFlow));
        }
    }

    public void remove(int index) {
        setList("Remove " + noun, MetadataEdits.remove(root(), key, index));
    }

    public void move(int index, int delta) {
        setList("Move " + noun, MetadataEdits.move(root(), key, index, delta));
    }

    /** Shows the list of the editor's current state. */
    public void pull(EditorModel e) {
        List<AuthorRow> next = new ArrayList<>();
        if (e != null) {
            List<YNode> items = MetadataEdits.items(e.root(), key);
            for (int i = 0; i < items.size(); i++) {
                String id = items.get(i) instanceof YScalar s ? s.value() : String.valueOf(items.get(i).toData());
                String name = e.site() == null ? null : e.site().person(id).map(Person::title).orElse(null);
                next.add(new AuthorRow(i, id, name));
            }
        }
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private Site site() {
        EditorModel e = editor.get();
        return e == null ? null : e.site();
    }

    private YMapping root() {
        EditorModel e = editor.get();
        return e == null ? YMapping.of(List.of()) : e.root();
    }

    private void setList(String label, YNode list) {
        EditorModel e = editor.get();
        if (e != null && list != null) {
            e.run(s -> s.set(label, YamlPath.of(key), list));
        }
    }
}
