package dev.archivist.cli;

import dev.archivist.check.explain.KindExplanation;
import dev.archivist.check.explain.KindExplanations;
import dev.archivist.model.Kind;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain [KIND]}: what a kind of problem means, with an example; every kind, or a group's, as a list. */
@Command(name = "explain", description = {"What a kind of problem means, why it matters, how it is fixed, with an example.",
    "Without KIND, lists every kind; a group (encoding, links, names, format, content, transcript, clips) lists its kinds."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:explained", "2:no kind or group has that name"})
final class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "A kind (links.tracking-params) or a group (links).")
    String kind;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (kind == null) {
            list(out, Arrays.asList(Kind.values()));
            out.println();
            out.println("archivist explain KIND tells more about one kind.");
        } else if (Kind.byId(kind).isPresent()) {
            out.print(KindExplanations.of(Kind.byId(kind).get()).text());
        } else if (!Kind.select(List.of(kind)).isEmpty()) {
            list(out, Kind.select(List.of(kind)));
        } else {
            List<String> close = closeMatches(kind);
            spec.commandLine().getErr().println("archivist: no kind or group is called '" + kind + "'"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
                    + " (archivist explain lists them all)");
            return ArchivistCommand.ERROR;
        }
        out.flush();
        return ArchivistCommand.OK;
    }

    /** One line a kind: its id, how it is fixed and its summary, in columns. */
    private static void list(PrintWriter out, List<Kind> kinds) {
        int idWidth = kinds.stream().mapToInt(k -> k.id().length()).max().orElse(0);
        int fixWidth = Arrays.stream(KindExplanation.Fixing.values()).mapToInt(f -> f.label().length()).max().orElse(0);
        for (Kind k : kinds) {
            KindExplanation e = KindExplanations.of(k);
            out.printf("%-" + idWidth + "s  %-" + fixWidth + "s  %s%n", k.id(), e.fixing().label(), e.summary());
        }
    }

    /**
     * Kinds and groups spelled like the name, closest first (at most three): a few letters
     * apart from the whole id or from its part after the dot, or holding the name whole.
     */
    static List<String> closeMatches(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, n.length() / 3);
        Stream<String> names = Stream.concat(Arrays.stream(Kind.values()).map(Kind::id),
                Arrays.stream(Kind.values()).map(Kind::group).distinct());
        record Near(String id, int distance) {
        }
        return names.map(id -> new Near(id, Math.min(distance(n, id), distance(n, id.substring(id.indexOf('.') + 1)))))
                .filter(c -> c.distance() <= limit || n.length() >= 3 && c.id().contains(n))
                .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::id))
                .limit(3).map(Near::id).collect(Collectors.toList());
    }

    private static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
