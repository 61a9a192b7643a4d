package dev.archivist.gui.problems;

import dev.archivist.model.Edit;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;

/** Moves paths and edits from one place of a tree to another (a thread checked alone, then put back). */
final class Paths {

    private Paths() {
    }

    static YamlPath move(YamlPath path, YamlPath from, YamlPath to) {
        if (!path.startsWith(from)) {
            return path;
        }
        List<Object> s = new ArrayList<>(to.segments());
        s.addAll(path.segments().subList(from.segments().size(), path.segments().size()));
        return new YamlPath(s);
    }

    /** The same edit at the moved place, or null for an edit this class does not know. */
    static Edit move(Edit e, YamlPath from, YamlPath to) {
        if (e instanceof Edit.TextEdit t) {
            return new Edit.TextEdit(move(t.path(), from, to), t.transform());
        }
        if (e instanceof Edit.SetNode s) {
            return new Edit.SetNode(move(s.path(), from, to), s.value());
        }
        if (e instanceof Edit.Restyle r) {
            return new Edit.Restyle(move(r.path(), from, to));
        }
        if (e instanceof Edit.Reformat) {
            return e;
        }
        return null;
    }
}
