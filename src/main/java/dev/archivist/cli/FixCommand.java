package dev.archivist.cli;

import dev.archivist.check.FixEngine;
import dev.archivist.edit.EditSession;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.Kind;
import dev.archivist.site.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fix [--kinds K,...] [--online ...] [--dry-run] [--diff] PATH...}: applies the safe fixes in place. */
@Command(name = "fix", description = {"Apply the safe fixes in place, changing only the lines of fixed values.%n"
        + "Without --kinds: every safe kind except format.style and encoding.escaped-unicode, which rewrite "
        + "much of a file, and the names kinds, which rename people: these are applied only when named; "
        + "and none of the kinds the site's .archivist.yml skips.",
    "With --online: the links are asked on the network first (or read from the cache) and, without --kinds, "
        + "links.redirect is fixed; links.archived (the archived copy in place of a broken link) only when named."})
final class FixCommand implements Callable<Integer> {
    @Option(names = "--kinds", split = ",", paramLabel = "K", description = "Kinds or groups to fix (encoding, links.tracking-params...).")
    List<String> kinds;

    @Option(names = "--dry-run", description = "Say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of each change.")
    boolean diff;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Mixin
    OnlineOptions online;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String misuse = online.misuse(kinds);
        if (misuse != null) {
            spec.commandLine().getErr().println("archivist: " + misuse);
            return ArchivistCommand.ERROR;
        }
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
        OnlineLinks links = online.online ? OnlineLinks.run(pages, sites, online, spec.commandLine().getErr()) : null;
        boolean named = kinds != null && !kinds.isEmpty();
        String label = "Fix all " + (named ? String.join(", ", kinds) : links != null ? "moved links" : "safe problems");
        Timing timing = new Timing();
        timing.mark("start");
        PageSaves.Tally tally = PageSaves.eachPage(pages, spec, out, (file, doc) -> {
            timing.mark("read");
            Site site = sites.around(file);
            EditSession session = links == null ? EditSession.open(doc, site)
                    : new EditSession(doc, doc.text(), site, links.checks(site, named), System::nanoTime);
            return fix(session, FixEngine.selection(kinds, site), label, file, out, timing);
        });
        out.println((dryRun ? "would fix " : "fixed ") + tally.count() + " problem" + (tally.count() == 1 ? "" : "s")
                + PageSaves.notWritten(tally.refused(), dryRun));
        out.flush();
        return tally.errors() ? ArchivistCommand.ERROR : ArchivistCommand.OK;
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
        EditSession.Fixed fix = session.fixAll(selected, label);
        timing.mark("fix");
        if (fix == null) {
            return 0;
        }
        boolean changed = PageSaves.save(session, dryRun, diff, out,
                (dryRun ? "would fix " : "fixed ") + file + ": " + Reports.byId(fix.byKind()));
        timing.mark(dryRun ? "write" : "save");
        return changed ? fix.count() : 0;
    }
}
