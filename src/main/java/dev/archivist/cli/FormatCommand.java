package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code format [--width N] [--check] PATH...}: rewrites front matters in the house style. */
@Command(name = "format", description = "Rewrite front matters in the house style (verified before writing).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done, or nothing to change", "1:--check found files that would change",
            "2:a path could not be read, parsed or written"})
final class FormatCommand implements Callable<Integer> {
    @Option(names = "--width", paramLabel = "N", description = "Fold long lines past column N (default: never).")
    int width;

    @Option(names = "--check", description = "Only say which files would change.")
    boolean check;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = Output.of(spec);
        PageSaves.Tally tally = PageSaves.eachPage(PageFinder.find(paths), spec, out, (file, doc) -> {
            EditSession session = EditSession.open(doc, null);
            session.format(width);
            String report = (check ? "would reformat " : "formatted ") + file;
            return PageSaves.save(session, check, false, out, report) ? 1 : 0;
        });
        if (tally.refused() > 0) {
            out.println(PageSaves.refused(tally.refused(), check));
        }
        out.flush();
        if (tally.errors()) {
            return ArchivistCommand.ERROR;
        }
        return check && tally.count() > 0 ? ArchivistCommand.FOUND : ArchivistCommand.OK;
    }
}
