package dev.archivist.check;

import dev.archivist.check.encoding.EncodingCheck;
import dev.archivist.check.links.LinksCheck;
import dev.archivist.check.names.NamesCheck;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every check family, and running them over a page. */
public final class Checks {

    private static final Comparator<Problem> BY_PLACE = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(p -> p.kind().id());

    private Checks() {
    }

    /** The check families, in the order their problems are listed. */
    public static List<Check> all() {
        return List.of(new FormatCheck(), new ContentCheck(), new EncodingCheck(), new LinksCheck(), new NamesCheck());
    }

    /** Problems of all families that the context wants, sorted by place in the file. */
    public static List<Problem> run(CheckContext context) {
        return run(context, all());
    }

    /**
     * Problems of the given checks that apply to the page's kind, of the kinds the context wants,
     * sorted by place in the file.
     */
    public static List<Problem> run(CheckContext context, List<Check> checks) {
        List<Problem> out = unsorted(context, checks);
        out.removeIf(p -> !context.wants(p.kind()));
        out.sort(BY_PLACE);
        return out;
    }

    /** The problems of the checks that apply to the page's kind, in no particular order (for the fix engine). */
    static List<Problem> unsorted(CheckContext context, List<Check> checks) {
        List<Problem> out = new ArrayList<>();
        PageKind kind = context.kind();
        for (Check c : checks) {
            if (c.appliesTo(kind)) {
                out.addAll(c.check(context));
            }
        }
        return out;
    }
}
