package dev.archivist.cli;

import dev.archivist.check.FixEngine;
import dev.archivist.edit.EditSession;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.site.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fix [--kinds K,...] [--dry-run] [--diff] PATH...}: applies the safe fixes in place. */
@Command(name = "fix", description = "Apply the safe fixes in place, changing only the lines of fixed values.%n"
        + "Without --kinds: every safe kind except format.style and encoding.escaped-unicode, which rewrite "
        + "much of a file, and the names kinds, which rename people: these are applied only when named; "
        + "and none of the kinds the site's .archivist.yml skips.")
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
        List<Path> pages = PageFinder.find(paths);
        if (!sites.settingsRead(pages, spec.commandLine().getErr())) {
            return ArchivistCommand.ERROR;
        }
        String label = "Fix all " + (kinds == null || kinds.isEmpty() ? "safe problems" : String.join(", ", kinds));
        boolean errors = false;
        int fixed = 0;
        int refused = 0;
        Timing timing = new Timing();
        timing.mark("start");
        for (Path file : pages) {
            ArchiveDocument doc = ArchiveReader.read(file);
            timing.mark("read");
            if (!doc.parsed()) {
                out.println(Reports.errorLine(file, doc.error()));
                errors = true;
                continue;
            }
            try {
                Site site = sites.around(file);
                fixed += fix(EditSession.open(doc, site), FixEngine.selection(kinds, site), label, file, out, timing);
            } catch (WriteRefused e) {
                out.println(file + ": error: " + e.getMessage());
                errors = true;
                refused++;
            } catch (RuntimeException | Error e) {
                // one page that fails never costs the other pages theirs
                Reports.printInternalError(spec.commandLine().getErr(), file, e);
                out.println(file + ": error: " + Reports.internalError(e).message());
                errors = true;
            }
        }
        out.println((dryRun ? "would fix " : "fixed ") + fixed + " problem" + (fixed == 1 ? "" : "s")
                + PageSaves.notWritten(refused, dryRun));
        out.flush();
        return errors ? ArchivistCommand.ERROR : ArchivistCommand.OK;
    }

    /**
     * Fixes one page and saves it (or, for a dry run, makes and proves the text); a page is
     * reported as fixed only once its save is done.
     *
     * @return how many problems were fixed
     * @throws WriteRefused when the fix cannot be made or the save was refused: nothing was written
     */
    private int fix(EditSession session, Predicate<Kind> selected, String label, Path file, PrintWriter out,
                    Timing timing) throws WriteRefused {
        String before = session.diskText();
        EditSession.Fixed fix = session.fixAll(selected, label);
        timing.mark("fix");
        if (fix == null) {
            return 0;
        }
        String text = PageSaves.save(session, dryRun).prepared().text();
        timing.mark(dryRun ? "write" : "save");
        if (text.equals(before)) {
            return 0;
        }
        out.println((dryRun ? "would fix " : "fixed ") + file + ": " + Reports.byId(fix.byKind()));
        if (diff) {
            out.print(Diffs.unified(file.toString(), before, text));
        }
        return fix.count();
    }
}
