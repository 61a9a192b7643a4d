package dev.archivist.cli;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
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
    /** Problems formatted into one string (on all cores when there are many), and blocks formatted at a time. */
    private static final int BLOCK = 1024;
    private static final int BATCH = 16;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Sites sites = new Sites();
        List<Map<String, Object>> files = new ArrayList<>();
        Map<String, Integer> byKind = new TreeMap<>();
        int problems = 0;
        boolean errors = false;
        PrintWriter out = Output.of(spec);
        Timing timing = new Timing();
        timing.mark("start");
        List<Path> pages = PageFinder.find(paths);
        prepareFor(pages);
        for (Path file : pages) {
            ArchiveDocument doc = ArchiveReader.read(file);
            timing.mark("read");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.toString());
            List<Problem> found = List.of();
            if (!doc.parsed()) {
                errors = true;
                entry.put("error", Reports.error(doc));
                if (!json) {
                    out.println(Reports.errorLine(file, doc.error()));
                }
            } else {
                if (doc.source().detected() && !json) {
                    out.println(file + ": note: not UTF-8; read as " + doc.source().charset()
                            + ". Saving it (fix, format, set or the editor) writes UTF-8.");
                }
                entry.put("error", null);
                found = Checks.run(CheckContext.of(doc, sites.around(file)));
                timing.mark("check");
                Reports.countByKind(found, byKind);
                if (!json) {
                    printLines(out, file, found);
                }
            }
            problems += found.size();
            if (json) {
                entry.put("problems", found.stream().map(Reports::problem).toList());
            }
            files.add(entry);
            timing.mark("report");
        }
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", files.size());
            summary.put("problems", problems);
            summary.put("byKind", byKind);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("files", files);
            doc.put("summary", summary);
            out.println(Json.write(doc));
        } else {
            out.println(problems + " problem" + (problems == 1 ? "" : "s") + " in " + files.size() + " file"
                    + (files.size() == 1 ? "" : "s") + (byKind.isEmpty() ? "" : " " + byKind));
        }
        out.flush();
        timing.mark("output");
        return errors ? ArchivistCommand.ERROR : problems > 0 ? ArchivistCommand.FOUND : ArchivistCommand.OK;
    }

    /** From this much input, the checks are made ready while the first file is read (see {@link Checks#warmUp}). */
    static void prepareFor(List<Path> pages) {
        if (PageFinder.bytes(pages) >= 1 << 20) {
            Checks.warmUp();
        }
    }

    /** The problems as text lines, in order; a long list is formatted block by block on all cores. */
    private static void printLines(PrintWriter out, Path file, List<Problem> found) {
        String name = file.toString();
        String nl = System.lineSeparator();
        int blocks = (found.size() + BLOCK - 1) / BLOCK;
        for (int from = 0; from < blocks; from += BATCH) {
            IntStream batch = IntStream.range(from, Math.min(blocks, from + BATCH));
            (blocks > 1 ? batch.parallel() : batch).mapToObj(b -> {
                StringBuilder sb = new StringBuilder();
                for (Problem p : found.subList(b * BLOCK, Math.min(found.size(), (b + 1) * BLOCK))) {
                    Reports.problemLine(sb, name, p).append(nl);
                }
                return sb.toString();
            }).toList().forEach(out::write);
        }
    }
}
