package dev.archivist.cli;

import dev.archivist.check.names.Rename;
import dev.archivist.edit.EditSession;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.site.NameAliases;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rename --from A --to B [--dry-run] [--diff] [--remember] PATH...}: one person's name everywhere. */
@Command(name = "rename", description = "Rename one person in pages: every name posted as A, a raw name A in authors:, "
        + "and whole-word mentions of A in texts (never inside URLs or code). Only those lines change.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done (or nothing held the name)", "2:a path could not be read, parsed or written, "
            + "or A and B are missing or equal"})
final class RenameCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "A", description = "The name as it is written now.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "B", description = "The name to write instead.")
    String to;

    @Option(names = "--dry-run", description = "Say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of each change.")
    boolean diff;

    @Option(names = "--remember", description = "Also record the decision in the site's " + NameAliases.FILE
            + ", so check and fix --kinds names apply it to every archive.")
    boolean remember;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = Output.of(spec);
        if (from.isBlank() || to.isBlank() || from.equals(to)) {
            spec.commandLine().getErr().println("archivist: --from and --to must be two different names");
            return ArchivistCommand.ERROR;
        }
        Map<Path, Site> touched = new LinkedHashMap<>();
        Sites sites = new Sites();
        PageSaves.Tally tally = PageSaves.eachPage(PageFinder.find(paths), spec, out, (file, doc) -> {
            Site site = sites.around(file);
            if (site != null) {
                touched.putIfAbsent(site.root(), site);
            }
            return rename(EditSession.open(doc, site), file, out) ? 1 : 0;
        });
        boolean errors = tally.errors();
        int renamed = tally.count();
        out.println(renamed == 0 ? "no page holds '" + from + "'"
                : (dryRun ? "would rename" : "renamed") + " '" + from + "' to '" + to + "' in " + renamed
                        + " file" + (renamed == 1 ? "" : "s") + PageSaves.notWritten(tally.refused(), dryRun));
        if (remember && touched.isEmpty()) {
            out.println("nothing recorded: the pages are in no site (no _people/ or _config.yml above them)");
        } else if (remember) {
            errors |= !remember(touched.values(), out);
        }
        out.flush();
        return errors ? ArchivistCommand.ERROR : ArchivistCommand.OK;
    }

    /**
     * Renames in one page and saves it (or, for a dry run, makes and proves the text); a page is
     * reported as renamed only once its save is done.
     *
     * @return true when the page changed
     * @throws WriteRefused when the save was refused: nothing was written
     */
    private boolean rename(EditSession session, Path file, PrintWriter out) throws WriteRefused {
        Rename.Plan plan = Rename.plan(session.root(), from, to);
        if (plan.isEmpty() || !session.rename(from, to)) {
            return false;
        }
        return PageSaves.save(session, dryRun, diff, out, (dryRun ? "would rename in " : "renamed in ") + file + ": "
                + plan.names().size() + " name" + (plan.names().size() == 1 ? "" : "s") + ", " + plan.authors().size()
                + " in authors, " + plan.texts().size() + " text" + (plan.texts().size() == 1 ? "" : "s")
                + " mentioning it");
    }

    /** Records "from is to" in each site's alias file; false when one could not be written. */
    private boolean remember(Iterable<Site> sites, PrintWriter out) {
        boolean ok = true;
        for (Site site : sites) {
            String id = site.people().values().stream().filter(p -> p.title().equals(to))
                    .map(Person::id).findFirst().orElse(null);
            NameAliases aliases = site.aliases();
            try {
                NameAliases next = aliases.with(to, id, List.of(from));
                if (!dryRun) {
                    next.save();
                }
                out.println((dryRun ? "would record in " : "recorded in ") + aliases.file() + ": '" + from + "' is '"
                        + to + "'" + (id == null ? "" : " (" + id + ")"));
            } catch (WriteRefused | IllegalStateException e) {
                out.println(aliases.file() + ": error: " + e.getMessage());
                ok = false;
            }
        }
        return ok;
    }
}
