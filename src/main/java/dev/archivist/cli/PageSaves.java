package dev.archivist.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.archivist.edit.EditSession;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the commands that change pages go through them and save them: each page read, changed
 * through its editing session (the one save path of the editor and every command) and saved,
 * one page's failure never costing the others theirs; and how they count the pages a save refused.
 */
final class PageSaves {

    private PageSaves() {
    }

    /** What a command does to one parsed page: changes and saves it. */
    @FunctionalInterface
    interface PageWork {
        /**
         * @return what the command counts for the page (problems fixed, or 1 for a page changed)
         * @throws WriteRefused when the change cannot be made or the save was refused: nothing was written
         */
        int apply(Path file, ArchiveDocument doc) throws WriteRefused;
    }

    /** What the pages came to: the sum of their counts, whether any failed, how many saves were refused. */
    record Tally(int count, boolean errors, int refused) {
    }

    /**
     * Runs the work on every page: a page that does not parse, whose save is refused or on
     * which Archivist fails is reported on {@code out} as that page's error, and the others still run.
     */
    static Tally eachPage(List<Path> pages, CommandSpec spec, PrintWriter out, PageWork work) {
        int count = 0;
        int refused = 0;
        boolean errors = false;
        for (Path file : pages) {
            ArchiveDocument doc = ArchiveReader.read(file);
            if (!doc.parsed()) {
                out.println(Reports.errorLine(file, doc.error()));
                errors = true;
                continue;
            }
            try {
                count += work.apply(file, doc);
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
        return new Tally(count, errors, refused);
    }

    /**
     * Writes the session's present state over its file or, for a dry run, only makes and proves the
     * text; either way the session records it as saved.
     *
     * @throws WriteRefused with a reason a person understands; nothing was written
     */
    static EditSession.Saved save(EditSession session, boolean dryRun) throws WriteRefused {
        EditSession.SaveRequest request = session.saveRequest();
        EditSession.Saved saved = dryRun ? EditSession.dryRun(request) : EditSession.write(request);
        session.saved(saved);
        return saved;
    }

    /**
     * Saves the session's page as {@link #save(EditSession, boolean)} does and, when the text saved
     * differs from what the disk held, prints {@code report} and, with {@code diff}, a unified diff
     * of the change. A page is reported only once its save is done.
     *
     * @return true when the page's text changed
     * @throws WriteRefused when the save was refused: nothing was written
     */
    static boolean save(EditSession session, boolean dryRun, boolean diff, PrintWriter out, String report)
            throws WriteRefused {
        String before = session.diskText();
        String text = save(session, dryRun).prepared().text();
        if (text.equals(before)) {
            return false;
        }
        out.println(report);
        if (diff) {
            out.print(unified(session.path(), before, text));
        }
        return true;
    }

    /**
     * A unified diff of a file before and after a change, for {@code --diff}: the diffs of a run
     * together are one patch that {@code git apply} takes from the folder the command ran in (paths
     * relative to it, line ends kept, a last line without its newline marked).
     */
    static String unified(Path file, String before, String after) {
        String name = patchName(file);
        List<String> a = linesWithEnds(before);
        List<String> b = linesWithEnds(after);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, DiffUtils.diff(a, b), 3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean content = i >= 2 && !l.startsWith("@@");
            if (!content) {
                sb.append(l).append('\n');
            } else if (l.endsWith("\n")) {
                sb.append(l);
            } else {
                sb.append(l).append("\n\\ No newline at end of file\n");
            }
        }
        return sb.toString();
    }

    private static String patchName(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        // outside the working folder, the path from the file system's root (as diff -u names it)
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs.getRoot().relativize(abs);
        return shown.toString().replace('\\', '/');
    }

    private static List<String> linesWithEnds(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            out.add(text.substring(from, i + 1));
            from = i + 1;
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** What a summary adds for the pages whose save was refused ("; 2 files not written"), or "" for none. */
    static String notWritten(int files, boolean dryRun) {
        return files == 0 ? "" : "; " + refused(files, dryRun);
    }

    /** The pages whose save was refused, said in words: "1 file not written". */
    static String refused(int files, boolean dryRun) {
        return files + " file" + (files == 1 ? "" : "s") + (dryRun ? " could not be written" : " not written");
    }
}
