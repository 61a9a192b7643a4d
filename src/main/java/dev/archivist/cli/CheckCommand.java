package dev.archivist.cli;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ParseError;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check [--json] PATH...}: lists the problems of pages; exit 0 none, 1 found, 2 unreadable. */
@Command(name = "check", description = "List the problems of pages (folders are searched for *.md with front matter).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no problems", "1:problems found", "2:a path could not be read or parsed"})
final class CheckCommand implements Callable<Integer> {
    /** Problems formatted into one string, the unit of work of {@link #writeInBlocks}. */
    private static final int BLOCK = 1024;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    /** The checks run over each page: all of them; a test puts a failing one in their place. */
    Function<CheckContext, List<Problem>> checks = Checks::run;

    /**
     * One page's entry in the JSON report: its path, its error (or null) and its problems, then,
     * only for a page not read as UTF-8, the charset it was read with and what a save does.
     */
    private record Entry(String path, Map<String, Object> error, List<Problem> problems, String charset, String note) {
    }

    /** A page read and checked: how its text was decoded (null when it could not be read), its error or its problems. */
    private record Checked(SourceInfo source, ParseError error, List<Problem> problems) {
    }

    @Override
    public Integer call() {
        Sites sites = new Sites();
        List<Entry> files = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int problems = 0;
        boolean errors = false;
        PrintWriter out = Output.of(spec);
        Timing timing = new Timing();
        timing.mark("start");
        for (Path file : PageFinder.find(paths)) {
            Checked page = check(file, sites, timing);
            List<Problem> found = page.problems();
            String note = Reports.charsetNote(page.source());
            if (note != null && !json) {
                out.println(file + ": note: " + note);
            }
            if (page.error() != null) {
                errors = true;
                if (!json) {
                    out.println(Reports.errorLine(file, page.error()));
                }
            } else {
                Reports.countByKind(found, byKind);
                if (!json) {
                    printLines(out, file, found);
                }
            }
            problems += found.size();
            // the JSON report keeps only the problems; each is turned into JSON text when it is written
            files.add(new Entry(file.toString(), page.error() == null ? null : Reports.error(page.error()),
                    json ? found : List.of(), note == null ? null : page.source().charset(), note));
            timing.mark("report");
        }
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", files.size());
            summary.put("problems", problems);
            summary.put("byKind", byKind);
            printJson(out, files, summary);
        } else {
            out.println(problems + " problem" + (problems == 1 ? "" : "s") + " in " + files.size() + " file"
                    + (files.size() == 1 ? "" : "s") + (byKind.isEmpty() ? "" : " " + byKind));
        }
        out.flush();
        timing.mark("output");
        return errors ? ArchivistCommand.ERROR : problems > 0 ? ArchivistCommand.FOUND : ArchivistCommand.OK;
    }

    /**
     * The report as one JSON document, {@code {"files":[{"path","error","problems"}...],"summary"}}
     * ({@code "charset","note"} after the problems of a page not read as UTF-8),
     * written as it is made: each page's problems in blocks, formatted on all cores and written in
     * order (see {@link #writeInBlocks}), never the whole document in one string (34 MB for the
     * big archive, which one core took a second to build and write).
     */
    private static void printJson(PrintWriter out, List<Entry> files, Map<String, Object> summary) {
        out.write("{\"files\":[");
        for (int f = 0; f < files.size(); f++) {
            Entry e = files.get(f);
            StringBuilder head = new StringBuilder(f == 0 ? "{" : ",{");
            head.append("\"path\":");
            Json.append(e.path(), head);
            head.append(",\"error\":");
            Json.append(e.error(), head);
            head.append(",\"problems\":[");
            out.write(head.toString());
            List<Problem> found = e.problems();
            writeInBlocks(out, found.size(), (from, to) -> {
                StringBuilder sb = new StringBuilder();
                for (int i = from; i < to; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    Json.append(Reports.problem(found.get(i)), sb);
                }
                return sb.toString();
            });
            out.write(']');
            if (e.charset() != null) {
                StringBuilder charset = new StringBuilder(",\"charset\":");
                Json.append(e.charset(), charset);
                Json.append(e.note(), charset.append(",\"note\":"));
                out.write(charset.toString());
            }
            out.write('}');
        }
        StringBuilder tail = new StringBuilder("],\"summary\":");
        Json.append(summary, tail);
        out.println(tail.append('}'));
    }

    /**
     * Reads and checks one page. Whatever fails on it, even an error of the JVM such as a stack
     * overflow in a check, is that page's error: the other pages are still checked and reported.
     */
    private Checked check(Path file, Sites sites, Timing timing) {
        SourceInfo source = null;
        try {
            ArchiveDocument doc = ArchiveReader.read(file);
            timing.mark("read");
            if (!doc.parsed()) {
                return new Checked(doc.source(), doc.error(), List.of());
            }
            source = doc.source();
            List<Problem> found = checks.apply(CheckContext.of(doc, sites.around(file)));
            timing.mark("check");
            return new Checked(source, null, found);
        } catch (RuntimeException | Error e) {
            Reports.printInternalError(spec.commandLine().getErr(), file, e);
            return new Checked(source, Reports.internalError(e), List.of());
        }
    }

    /** The problems as text lines, in order, in blocks formatted on all cores (see {@link #writeInBlocks}). */
    private static void printLines(PrintWriter out, Path file, List<Problem> found) {
        String name = file.toString();
        String nl = System.lineSeparator();
        writeInBlocks(out, found.size(), (from, to) -> {
            StringBuilder sb = new StringBuilder();
            for (Problem p : found.subList(from, to)) {
                Reports.problemLine(sb, name, p).append(nl);
            }
            return sb.toString();
        });
    }

    /** The text of the items [from, to) of a report. */
    private interface BlockFormat {
        String format(int from, int to);
    }

    /**
     * Writes {@code count} items in order. A long list is cut in blocks of {@link #BLOCK} that the
     * other cores format while this thread writes the blocks in order, formatting one itself
     * whenever the next to write is not ready: writing (a tenth of a second for 130,000 lines) no
     * longer leaves the other cores idle.
     */
    private static void writeInBlocks(PrintWriter out, int count, BlockFormat blockFormat) {
        int blocks = (count + BLOCK - 1) / BLOCK;
        AtomicReferenceArray<String> formatted = new AtomicReferenceArray<>(blocks);
        AtomicInteger next = new AtomicInteger();
        IntFunction<String> format = b -> blockFormat.format(b * BLOCK, Math.min(count, (b + 1) * BLOCK));
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable formatBlocks = () -> {
            try {
                for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                    formatted.set(b, format.apply(b));
                }
            } catch (RuntimeException | Error e) {
                failed.set(e); // else the writer would wait for the block for ever
                throw e;
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int h = 1; h < Math.min(blocks, Runtime.getRuntime().availableProcessors()); h++) {
            helpers.add(ForkJoinPool.commonPool().submit(formatBlocks));
        }
        for (int w = 0; w < blocks; w++) {
            String text;
            while ((text = formatted.get(w)) == null) {
                int b = next.getAndIncrement();
                if (b < blocks) {
                    formatted.set(b, format.apply(b));
                } else if (failed.get() instanceof Error e) {
                    throw e;
                } else if (failed.get() instanceof RuntimeException e) {
                    throw e;
                } else {
                    Thread.onSpinWait(); // a helper is formatting it: one block, a few milliseconds
                }
            }
            out.write(text);
            formatted.set(w, null);
        }
        helpers.forEach(ForkJoinTask::join);
    }
}
