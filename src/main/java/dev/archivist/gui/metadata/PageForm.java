package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorBinding;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.problems.ProblemSet;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What every Page tab form (a book's, an episode's, a person's) has: the open page, its problems,
 * fields bound to top-level keys, and its values pulled again whenever the page changes.
 */
public abstract class PageForm {
    protected final ObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    private final ObjectProperty<ProblemSet> problems = new SimpleObjectProperty<>(ProblemSet.EMPTY);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();

    protected PageForm(ObservableValue<EditorModel> current, ObservableValue<ProblemSet> problemSet) {
        editor.bind(current);
        problems.bind(problemSet);
    }

    /** Starts following the page; a form calls it last in its constructor, once its fields exist. */
    protected final void follow() {
        EditorBinding.follow(editor, e -> {
            YMapping root = e == null ? null : e.root();
            available.set(root != null);
            pull(e, root);
        });
    }

    /** Shows the page's values (both null when no page is open). */
    protected abstract void pull(EditorModel e, YMapping root);

    /** A text field bound to a top-level key. */
    protected final BoundText bound(String key) {
        return new BoundText(editor::get, YamlPath.of(key));
    }

    /** True while a page is open. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ObjectProperty<ProblemSet> problemsProperty() {
        return problems;
    }

    /** The messages of the problems at a place of the page. */
    public List<String> problemsAt(YamlPath path) {
        return problems.get().at(path).stream().map(Problem::message).toList();
    }

    /** The file a site path points to, or null when the page is outside a site or the path is empty. */
    public Path resolve(String sitePath) {
        Site site = editor.get() == null ? null : editor.get().site();
        return site == null ? null : site.resolve(sitePath).orElse(null);
    }
}
