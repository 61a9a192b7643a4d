package dev.archivist.check;

import dev.archivist.check.encoding.EncodingCheck;
import dev.archivist.check.links.LinksCheck;
import dev.archivist.check.names.NamesCheck;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every check family, and running them over a page. */
public final class Checks {

    private Checks() {
    }

    /** The check families, in the order their problems are listed. */
    public static List<Check> all() {
        return List.of(new FormatCheck(), new ContentCheck(), new EncodingCheck(), new LinksCheck(), new NamesCheck());
    }

    /** Problems of all families, sorted by place in the file. */
    public static List<Problem> run(CheckContext context) {
        return run(context, all(), null);
    }

    /** Problems of the given checks, keeping only the kinds asked for (null for all). */
    public static List<Problem> run(CheckContext context, List<Check> checks, Set<Kind> kinds) {
        List<Problem> out = unsorted(context, checks, kinds);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(p -> p.kind().id()));
        return out;
    }

    /** As {@link #run(CheckContext, List, Set)}, in no particular order (for the fix engine). */
    static List<Problem> unsorted(CheckContext context, List<Check> checks, Set<Kind> kinds) {
        List<Problem> out = new ArrayList<>();
        for (Check c : checks) {
            for (Problem p : c.check(context)) {
                if (kinds == null || kinds.contains(p.kind())) {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
