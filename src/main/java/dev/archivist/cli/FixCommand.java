package dev.archivist.cli;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.ArchiveReader;
import dev.archivist.io.ArchiveWriter;
import dev.archivist.io.AtomicSave;
import dev.archivist.io.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.YMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fix [--kinds K,...] [--dry-run] [--diff] PATH...}: applies the safe fixes in place. */
@Command(name = "fix", description = "Apply the safe fixes in place, changing only the lines of fixed values.%n"
        + "Without --kinds: every safe kind except format.style and encoding.escaped-unicode, which rewrite "
        + "much of a file, and the names kinds, which rename people: these are applied only when named.")
final class FixCommand implements Callable<Integer> {
    @Option(names = "--kinds", split = ",", paramLabel = "K", description = "Kinds or groups to fix (encoding, links.tracking-params...).")
    List<String> kinds;

    @Option(names = "--dry-run", description = "Say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of each change.")
    boolean diff;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (kinds != null) {
            for (String k : kinds) {
                if (Kind.select(List.of(k)).isEmpty()) {
                    spec.commandLine().getErr().println("archivist: unknown kind '" + k + "'");
                    return ArchivistCommand.ERROR;
                }
            }
        }
        PrintWriter out = Output.of(spec);
        Sites sites = new Sites();
        boolean errors = false;
        int fixed = 0;
        Timing timing = new Timing();
        timing.mark("start");
        List<Path> pages = PageFinder.find(paths);
        CheckCommand.prepareFor(pages);
        for (Path file : pages) {
            ArchiveDocument doc = ArchiveReader.read(file);
            timing.mark("read");
            if (!doc.parsed()) {
                out.println(Reports.errorLine(file, doc.error()));
                errors = true;
                continue;
            }
            Outcome fix = fixTree(doc, sites.around(file));
            timing.mark("fix");
            if (fix == null) {
                continue;
            }
            try {
                String text = fix.reformat() ? ArchiveWriter.formatted(doc, fix.root(), doc.body(), 0)
                        : ArchiveWriter.patched(doc, fix.root(), doc.body());
                timing.mark("write");
                if (text.equals(doc.text())) {
                    continue;
                }
                fixed += fix.count();
                out.println((dryRun ? "would fix " : "fixed ") + file + ": " + fix.summary());
                if (diff) {
                    out.print(Diffs.unified(file.toString(), doc.text(), text));
                }
                if (!dryRun) {
                    AtomicSave.save(doc, text, file);
                    timing.mark("save");
                }
            } catch (WriteRefused e) {
                out.println(file + ": error: " + e.getMessage());
                errors = true;
            }
        }
        out.println((dryRun ? "would fix " : "fixed ") + fixed + " problem" + (fixed == 1 ? "" : "s"));
        out.flush();
        return errors ? ArchivistCommand.ERROR : ArchivistCommand.OK;
    }

    /** What a fix made of a page: the tree to write, and the count and summary of what it fixed. */
    private record Outcome(YMapping root, boolean reformat, int count, String summary) {
    }

    /**
     * The page's fixed tree, or null when nothing was fixed. Only the count of the applied
     * problems by kind is kept, not the problems (80,000 with their messages on a long archive,
     * which every collection would copy while the page is fixed and written).
     */
    private Outcome fixTree(ArchiveDocument doc, dev.archivist.site.Site site) {
        FixEngine.Tally t = FixEngine.applyCounting(CheckContext.of(doc, site), Checks.all(), FixEngine.selection(kinds));
        return t.changed() ? new Outcome(t.root(), t.reformat(), t.count(), summary(t.byKind())) : null;
    }

    private static String summary(Map<Kind, Integer> counts) {
        Map<String, Integer> byKind = new TreeMap<>();
        counts.forEach((k, n) -> byKind.put(k.id(), n));
        return byKind.toString();
    }
}
