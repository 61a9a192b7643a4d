package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import dev.archivist.edit.InvalidEdit;
import dev.archivist.edit.Op;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edit FILE --script OPS.jsonl [--dry-run] [--diff]}: a sequence of the editor's operations. */
@Command(name = "edit", description = "Run a sequence of the editor's own operations on one page, through the same "
        + "history and the same save as the editor. One JSON object a line:%n"
        + "  {\"op\":\"set\",\"path\":\"archive[3].replies[1].text\",\"value\":\"...\"}%n"
        + "  {\"op\":\"insert\",\"path\":\"archive[1].replies[0]\",\"value\":{\"name\":\"...\",\"text\":\"...\"}}%n"
        + "  {\"op\":\"delete\",\"path\":\"archive[4]\"}   {\"op\":\"move\",\"from\":\"archive[5]\",\"to\":\"archive[2].replies[0]\"}%n"
        + "  {\"op\":\"merge\",\"paths\":[\"archive[1]\",\"archive[4]\"]}   {\"op\":\"fix\",\"kinds\":\"encoding.escaped-unicode\"}%n"
        + "  {\"op\":\"rename\",\"from\":\"Mike Munn\",\"to\":\"Michael Munn\"}   {\"op\":\"undo\"}   {\"op\":\"redo\"}   {\"op\":\"save\"}%n"
        + "  {\"op\":\"replace\",\"from\":\"slack\",\"to\":\"Slack\",\"word\":true,\"case\":true,\"regex\":false,\"keys\":[\"text\"]}%n"
        + "An episode's transcript (items named by their place before the operation):%n"
        + "  {\"op\":\"split\",\"path\":\"transcript[12]\",\"at\":40}   (optional \"time\":\"1:23\" or \"sec\":83 for the new line)%n"
        + "  {\"op\":\"join\",\"path\":\"transcript[13]\"}   (to the line before: same speaker, not a header)%n"
        + "  {\"op\":\"move-lines\",\"path\":\"transcript[12]\",\"count\":3,\"section\":\"transcript[30]\"}   (or \"before\":\"transcript[35]\")%n"
        + "  {\"op\":\"add-section\",\"path\":\"transcript[30]\",\"header\":\"...\"}   {\"op\":\"delete-section\",\"path\":\"transcript[30]\"}%n"
        + "  {\"op\":\"move-section\",\"path\":\"transcript[30]\",\"before\":\"transcript[4]\"}   (no \"before\": to the end)%n"
        + "  {\"op\":\"set-time\",\"path\":\"transcript[12]\",\"time\":\"1:02:03\"}   (or \"sec\":3723; time and sec together)%n"
        + "Only saves write the file; edits after the last save are not written.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every operation applied and every save written",
            "2:the page or the script could not be read, an operation was invalid or a save was refused "
                + "(named with its script line; the file keeps its last good save)"})
final class EditCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--script", required = true, paramLabel = "OPS.jsonl", description = "The operations, one JSON object a line.")
    Path script;

    @Option(names = "--dry-run", description = "Say what each save would write; write nothing.")
    boolean dryRun;

    @Option(names = "--diff", description = "Print a unified diff of each save.")
    boolean diff;

    @Spec
    CommandSpec spec;

    private record Line(int number, Op op) {
    }

    @Override
    public Integer call() {
        PrintWriter out = Output.of(spec);
        PrintWriter err = spec.commandLine().getErr();
        List<Line> ops;
        try {
            ops = read();
        } catch (IllegalArgumentException e) {
            err.println("archivist: " + e.getMessage());
            err.flush();
            return ArchivistCommand.ERROR;
        }
        ArchiveDocument doc = Reports.readParsed(file, err);
        if (doc == null) {
            return ArchivistCommand.ERROR;
        }
        EditSession session = EditSession.open(doc, new Sites().around(file));
        try {
            for (Line line : ops) {
                if (line.op() instanceof Op.Save) {
                    save(session, line.number(), out);
                } else {
                    apply(session, line);
                }
            }
        } catch (LineFailed e) {
            out.flush();
            err.println("archivist: " + script + ":" + e.line + ": " + e.getMessage()
                    + (session.isModified() ? "; " + file + " keeps its last saved text" : ""));
            err.flush();
            return ArchivistCommand.ERROR;
        }
        if (session.isModified()) {
            out.println("note: the edits after the last save were not written (the script ends without a save)");
        }
        out.flush();
        return ArchivistCommand.OK;
    }

    /** The script's operations with their line numbers; blank lines are skipped. */
    private List<Line> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the script " + script + ": " + e.getMessage());
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                out.add(new Line(i + 1, EditScript.parse(text)));
            } catch (IllegalArgumentException | InvalidEdit e) {
                throw new IllegalArgumentException(script + ":" + (i + 1) + ": " + e.getMessage()
                        + "; nothing was done");
            }
        }
        return out;
    }

    private static void apply(EditSession session, Line line) throws LineFailed {
        try {
            line.op().apply(session);
        } catch (InvalidEdit e) {
            throw new LineFailed(line.number(), e.getMessage());
        } catch (WriteRefused e) {
            throw new LineFailed(line.number(), "cannot be done: " + e.getMessage());
        }
    }

    private void save(EditSession session, int line, PrintWriter out) throws LineFailed {
        String report = "line " + line + ": " + (dryRun ? "would save " : "saved ") + file;
        try {
            if (!PageSaves.save(session, dryRun, diff, out, report)) {
                out.println("line " + line + ": nothing to save");
            }
        } catch (WriteRefused e) {
            throw new LineFailed(line, "not saved: " + e.getMessage());
        }
    }

    /** An operation that could not be made, with its script line. */
    private static final class LineFailed extends Exception {
        final int line;

        LineFailed(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }
}
