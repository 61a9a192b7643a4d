package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/** One entry of {@code links:} as two editable texts; the URL is checked as the user types. */
public final class LinkRow {
    private final BoundText text;
    private final BoundText link;
    private final BooleanBinding invalid;
    private int index;

    LinkRow(Supplier<EditorModel> editor, int index) {
        this.index = index;
        this.text = new BoundText(editor, path(index).key("text"));
        this.link = new BoundText(editor, path(index).key("link"));
        this.invalid = Bindings.createBooleanBinding(() -> !validUrl(link.get()), link.valueProperty());
    }

    static YamlPath path(int index) {
        return YamlPath.of("links", index);
    }

    public int index() {
        return index;
    }

    public BoundText text() {
        return text;
    }

    public BoundText link() {
        return link;
    }

    /** True when the link is not an absolute http(s) URL with a host. */
    public BooleanBinding invalidProperty() {
        return invalid;
    }

    void pull(YMapping root, int newIndex) {
        if (newIndex != index) {
            index = newIndex;
            text.retarget(path(index).key("text"), root);
            link.retarget(path(index).key("link"), root);
        } else {
            text.pull(root);
            link.pull(root);
        }
    }

    /** An absolute http or https URL with a host and no spaces. */
    public static boolean validUrl(String s) {
        if (s == null || s.isBlank() || s.strip().contains(" ")) {
            return false;
        }
        try {
            URI u = new URI(s.strip());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && u.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
