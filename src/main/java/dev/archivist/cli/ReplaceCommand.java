package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.Replace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code replace --from P --to T [--regex] [--word] [--case] [--keys K,...] [--dry-run] [--diff] PATH...}. */
@Command(name = "replace", description = "Find and replace in the front matter's string values (never in keys, "
        + "numbers, dates or booleans), written through the patcher: only the lines of changed values change.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done (or nothing matched)", "2:a path could not be read, parsed or written (the others "
            + "are still done), or the pattern does not read"})
final class ReplaceCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "PATTERN", description = "The text to find.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "TEXT", description = "The text to write instead "
            + "(with --regex, $1 or $${name} is a group; \\$ a dollar sign).")
    String to;

    @Option(names = "--regex", description = "PATTERN is a Java regular expression.")
    boolean regex;

    @Option(names = "--word", description = "Only whole words.")
    boolean word;

    @Option(names = "--case", description = "Case counts (by default it is ignored).")
    boolean matchCase;

    @Option(names = "--keys", split = ",", paramLabel = "K", description = "Only values under these keys "
            + "(a list item's key is its list's): name,text.")
    List<String> keys;

    @Option(names = "--dry-run", description = "Say what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print one unified diff of the whole run (git apply takes it).")
    boolean diff;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = Output.of(spec);
        Replace.Query query = new Replace.Query(from, to, regex, word, matchCase, keys == null ? Set.of() : Set.copyOf(keys));
        try {
            query.pattern();
        } catch (InvalidEdit e) {
            spec.commandLine().getErr().println("archivist: " + e.getMessage());
            return ArchivistCommand.ERROR;
        }
        Sites sites = new Sites();
        int[] pages = {0};
        PageSaves.Tally tally = PageSaves.eachPage(PageFinder.find(paths), spec, out, (file, doc) -> {
            EditSession session = EditSession.open(doc, sites.around(file));
            int n = session.replaceAll(query);
            if (n > 0 && PageSaves.save(session, dryRun, diff, out, (dryRun ? "would replace " : "replaced ") + n
                    + " match" + (n == 1 ? "" : "es") + " in " + file)) {
                pages[0]++;
                return n;
            }
            return 0;
        });
        int n = tally.count();
        out.println(n == 0 ? "nothing matched" : (dryRun ? "would replace " : "replaced ") + n + " match"
                + (n == 1 ? "" : "es") + " in " + pages[0] + " file" + (pages[0] == 1 ? "" : "s")
                + PageSaves.notWritten(tally.refused(), dryRun));
        out.flush();
        return tally.errors() ? ArchivistCommand.ERROR : ArchivistCommand.OK;
    }
}
