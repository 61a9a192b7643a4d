package dev.archivist.gui.editor;

import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A text property tied to one scalar of the open page: typing writes the value through the
 * editor model (a timestamp stays a timestamp), and {@link #pull} shows the tree's value after
 * an undo or a fix without echoing it back.
 */
public final class BoundText {
    private final Supplier<EditorModel> editor;
    private final StringProperty value = new SimpleStringProperty("");
    private YamlPath path;
    private boolean pulling;

    public BoundText(Supplier<EditorModel> editor, YamlPath path) {
        this.editor = editor;
        this.path = path;
        value.addListener((o, a, b) -> push(b));
    }

    public StringProperty valueProperty() {
        return value;
    }

    public String get() {
        return value.get();
    }

    public YamlPath path() {
        return path;
    }

    /** Points the field at another place (rows of a list that moved, another message), or at none (null). */
    public void retarget(YamlPath newPath, YMapping root) {
        this.path = newPath;
        pull(root);
    }

    /** Shows the value at the path in this tree (empty when absent, not a scalar, or there is no path). */
    public void pull(YMapping root) {
        String now = root == null || path == null ? "" : path.find(root).filter(YScalar.class::isInstance)
                .map(n -> (YScalar) n).filter(s -> !s.isNull()).map(YScalar::value).orElse("");
        if (!now.equals(value.get())) {
            pulling = true;
            try {
                value.set(now);
            } finally {
                pulling = false;
            }
        }
    }

    private void push(String text) {
        EditorModel e = editor.get();
        if (!pulling && e != null && text != null && path != null) {
            e.setText(path, text);
        }
    }
}
