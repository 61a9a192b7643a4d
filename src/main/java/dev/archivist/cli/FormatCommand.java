package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
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
        boolean errors = false;
        int changed = 0;
        int refused = 0;
        for (Path file : PageFinder.find(paths)) {
            ArchiveDocument doc = ArchiveReader.read(file);
            if (!doc.parsed()) {
                out.println(Reports.errorLine(file, doc.error()));
                errors = true;
                continue;
            }
            try {
                if (format(EditSession.open(doc, null))) {
                    changed++;
                    out.println((check ? "would reformat " : "formatted ") + file);
                }
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
        if (refused > 0) {
            out.println(PageSaves.refused(refused, check));
        }
        out.flush();
        if (errors) {
            return ArchivistCommand.ERROR;
        }
        return check && changed > 0 ? ArchivistCommand.FOUND : ArchivistCommand.OK;
    }

    /**
     * Formats one page and saves it (with {@code --check}, only makes and proves the text).
     *
     * @return true when the page's text changes
     * @throws WriteRefused when the save was refused: nothing was written
     */
    private boolean format(EditSession session) throws WriteRefused {
        String before = session.diskText();
        session.format(width);
        return !PageSaves.save(session, check).prepared().text().equals(before);
    }
}
