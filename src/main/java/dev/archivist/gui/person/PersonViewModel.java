package dev.archivist.gui.person;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.metadata.PageForm;
import dev.archivist.gui.metadata.OtherKeys;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.model.YMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;

/**
 * A person's page ({@code _people/<id>.md}) as a form: name, id, picture, profile handles, short
 * biography and every other key, each field bound to its own scalar.
 */
public final class PersonViewModel extends PageForm {
    /** The keys the form has fields for. */
    public static final Set<String> KNOWN_KEYS = Set.of("title", "short", "picture", "linkedin", "twitter", "github",
            "web", "bio_short");

    // properties
    private final BoundText title = bound("title");
    private final BoundText shortName = bound("short");
    private final BoundText picture = bound("picture");
    private final BoundText linkedin = bound("linkedin");
    private final BoundText twitter = bound("twitter");
    private final BoundText github = bound("github");
    private final BoundText web = bound("web");
    private final BoundText bioShort = bound("bio_short");
    private final OtherKeys others = new OtherKeys(editor::get, KNOWN_KEYS);

    public PersonViewModel(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet) {
        super(current, problemSet);
        follow();
    }

    // properties

    public BoundText title() {
        return title;
    }

    public BoundText shortName() {
        return shortName;
    }

    public BoundText picture() {
        return picture;
    }

    public BoundText linkedin() {
        return linkedin;
    }

    public BoundText twitter() {
        return twitter;
    }

    public BoundText github() {
        return github;
    }

    public BoundText web() {
        return web;
    }

    public BoundText bioShort() {
        return bioShort;
    }

    public OtherKeys others() {
        return others;
    }

    /** An error for the id: it should be the page's file name, which the site looks people up by. */
    public String shortError() {
        EditorModel e = editor.get();
        Path p = e == null ? null : e.path();
        String id = shortName.get();
        if (p == null || id.isBlank()) {
            return null;
        }
        String file = p.getFileName().toString().replaceFirst("\\.md$", "");
        return file.equals(id.strip()) ? null : "The id is not the page's file name (" + file + ")";
    }

    @Override
    protected void pull(EditorModel e, YMapping root) {
        for (BoundText t : List.of(title, shortName, picture, linkedin, twitter, github, web, bioShort)) {
            t.pull(root);
        }
        others.pull(root);
    }
}
