package dev.archivist.check;

import dev.archivist.io.write.ArchiveFormatter;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import java.util.List;

/** {@code format.style}: the front matter differs from the house style. */
public final class FormatCheck implements Check {

    @Override
    public List<Problem> check(CheckContext context) {
        if (context.root() != context.document().root()) {
            return List.of();
        }
        return ArchiveFormatter.firstDifference(context.document(), 0).map(line -> {
            String message = "the front matter differs from the house style (first at line " + line.line() + ")";
            Fix fix = Fix.safe(line.before(), line.after(), new Edit.Reformat());
            return List.of(new Problem(Kind.FORMAT_STYLE, YamlPath.ROOT, line.line(), 1, message, fix));
        }).orElse(List.of());
    }

    @Override
    public java.util.Set<Kind> kinds() {
        return java.util.EnumSet.of(Kind.FORMAT_STYLE);
    }
}
