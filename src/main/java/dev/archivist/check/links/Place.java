package dev.archivist.check.links;

import dev.archivist.check.CheckContext;
import dev.archivist.check.MarkdownText;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import java.util.List;

/**
 * One checked value's place and the list its problems go to; the line and column are looked up
 * on the first problem only, as most texts have none.
 */
final class Place {
    private final CheckContext context;
    private final YamlPath path;
    private final List<Problem> out;
    private int line = -1;
    private int column;

    private Place(CheckContext context, YamlPath path, List<Problem> out) {
        this.context = context;
        this.path = path;
        this.out = out;
    }

    static Place of(CheckContext context, YamlPath path, List<Problem> out) {
        return new Place(context, path, out);
    }

    YamlPath path() {
        return path;
    }

    /** The Markdown analysis of a text, as the checks share it. */
    MarkdownText markdown(String text) {
        return context.markdown(text);
    }

    void report(Kind kind, String message, Fix fix) {
        if (line < 0) {
            line = context.line(path);
            column = context.column(path);
        }
        out.add(new Problem(kind, path, line, column, message, fix));
    }
}
