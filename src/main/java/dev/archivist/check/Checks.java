package dev.archivist.check;

import dev.archivist.check.encoding.EncodingCheck;
import dev.archivist.check.links.LinksCheck;
import dev.archivist.check.names.NamesCheck;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every check family, and running them over a page. */
public final class Checks {

    /** By line, column, then kind id: one comparator without boxing or lambdas (130,000 problems on a big page). */
    private static final Comparator<Problem> BY_PLACE = (a, b) -> {
        int c = Integer.compare(a.line(), b.line());
        if (c == 0) {
            c = Integer.compare(a.column(), b.column());
        }
        return c != 0 || a.kind() == b.kind() ? c : a.kind().id().compareTo(b.kind().id());
    };

    /** Pages this long (about 4,000 messages) are checked with the families side by side. */
    private static final int PARALLEL_FROM_CHARS = 1 << 20;

    private Checks() {
    }

    /** A small page with a fault of each family, for {@link #warmUp}. */
    private static final String WARM_UP_PAGE = """
            ---
            title: Warm-up
            links:
              - link: https://example.org/?utm_source=a
            archive:
            - name: Ann Example
              text: "Q&amp;A :wave: <https://example.org/a?utm_source=b&amp;x=1|docs> [https://a.org](https://a.org) `c` \\u00e9\u200B"
              replies:
              - name: ann example
                text: thanks Ann Example
            ---
            """;

    /**
     * Starts loading the checks' classes and tables (the emoji table, the tracking rules, the
     * Markdown parser) on a daemon thread by checking a small page, and returns at once: a
     * command calls it before reading a large file, so the two overlap. Optional.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            EncodingCheck.prepare();
            ArchiveDocument page = ArchiveReader.read(null, WARM_UP_PAGE.getBytes(StandardCharsets.UTF_8));
            if (page.parsed()) {
                run(CheckContext.of(page, null));
            }
        }, "warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The check families, in the order their problems are listed. */
    public static List<Check> all() {
        return List.of(new FormatCheck(), new ContentCheck(), new EncodingCheck(), new LinksCheck(), new NamesCheck());
    }

    /** Problems of all families, sorted by place in the file. */
    public static List<Problem> run(CheckContext context) {
        return run(context, all());
    }

    /** Problems of the given checks, sorted by place in the file. */
    public static List<Problem> run(CheckContext context, List<Check> checks) {
        List<Problem> out = unsorted(context, checks);
        out.sort(BY_PLACE);
        return out;
    }

    /**
     * Finds the document's line breaks before the checks start: the first problem of every task
     * would otherwise wait while one task indexes a large text alone; here it is indexed on all cores.
     */
    static void indexLines(CheckContext context) {
        context.document().lines();
    }

    /** As {@link #run(CheckContext, List)}, in no particular order (for the fix engine). */
    static List<Problem> unsorted(CheckContext context, List<Check> checks) {
        return unsorted(context, checks, true);
    }

    /** As {@link #unsorted(CheckContext, List)}; {@code parallel} false when the caller is one of many tasks already. */
    static List<Problem> unsorted(CheckContext context, List<Check> checks, boolean parallel) {
        List<Problem> out = new ArrayList<>();
        // the families are pure and independent: on a large page they run side by side, so the
        // ones that work on one thread (names, content) overlap with the others' parallel work
        boolean large = parallel && context.document().text().length() >= PARALLEL_FROM_CHARS;
        if (large && context.places()) {
            indexLines(context);
        }
        (large ? checks.parallelStream() : checks.stream()).map(c -> c.check(context)).toList().forEach(out::addAll);
        return out;
    }
}
