package dev.archivist.cli;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.ParseError;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import dev.archivist.site.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check [--json | --format F] [--kinds K,...] [--online ...] PATH...}: lists the problems of
 * pages; exit 0 none, 1 found, 2 unreadable.
 */
@Command(name = "check", description = {"List the problems of pages (folders are searched for *.md with front matter).",
    "Each page gets the checks of its kind (book, podcast episode, person, other page). Without --kinds: "
        + "every kind but those the site's .archivist.yml skips, and format.style only when it says house-style: true.",
    "With --online: the links asked on the network (links.broken, links.redirect, links.archived), each URL once, "
        + "answers cached for --max-age in the user's cache folder."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no problems", "1:problems found",
            "2:a path could not be read or parsed, or the site's .archivist.yml cannot be used (nothing is checked)"},
        footerHeading = "%nSite settings (.archivist.yml at the site root, optional):%n",
        footer = {"  skip: [links, encoding.mojibake]  kinds or groups left out unless named",
            "  house-style: true                 report format.style (default: false)",
            "  emoji: {thank_you: ...}           custom Slack emoji: name to emoji",
            "  aliases: _data/name-aliases.yml   the alias file (this is the default)",
            "  links: {timeout: 10, ...}         the online check's settings, named as its flags"})
final class CheckCommand implements Callable<Integer> {
    /** How the report is written. */
    enum Format { text, json, markdown }

    @Option(names = "--json", description = "Print one JSON document (as --format json).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (the default), json, or markdown: a report to paste into a pull request.")
    Format format;

    @Mixin
    OnlineOptions online;

    @Option(names = "--kinds", split = ",", paramLabel = "K",
            description = "Only these kinds or groups (format, links.list-entry...), whatever the site's settings say.")
    List<String> kinds;

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
        if (json && format != null && format != Format.json) {
            spec.commandLine().getErr().println("archivist: --json and --format " + format + ": give one");
            return ArchivistCommand.ERROR;
        }
        Format as = json ? Format.json : format == null ? Format.text : format;
        String misuse = online.misuse(kinds);
        if (misuse != null) {
            spec.commandLine().getErr().println("archivist: " + misuse);
            return ArchivistCommand.ERROR;
        }
        Predicate<Kind> named = null;
        if (kinds != null && !kinds.isEmpty()) {
            for (String k : kinds) {
                if (Kind.select(List.of(k)).isEmpty()) {
                    spec.commandLine().getErr().println("archivist: unknown kind '" + k + "'");
                    return ArchivistCommand.ERROR;
                }
            }
            named = EnumSet.copyOf(Kind.select(kinds))::contains;
        }
        Sites sites = new Sites();
        List<Path> pages = PageFinder.find(paths);
        if (!sites.settingsRead(pages, spec.commandLine().getErr())) {
            return ArchivistCommand.ERROR;
        }
        OnlineLinks links = online.online ? OnlineLinks.run(pages, sites, online, spec.commandLine().getErr()) : null;
        if (links != null) {
            boolean others = named != null;
            checks = context -> Checks.run(context, links.checks(context.site(), others));
        }
        List<Entry> files = new ArrayList<>();
        List<MarkdownReport.Page> markdown = new ArrayList<>();
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        int problems = 0;
        boolean errors = false;
        PrintWriter out = Output.of(spec);
        Timing timing = new Timing();
        timing.mark("start");
        for (Path file : pages) {
            Checked page = check(file, sites, named, timing);
            List<Problem> found = page.problems();
            String note = Reports.charsetNote(page.source());
            if (note != null && as == Format.text) {
                out.println(file + ": note: " + note);
            }
            if (page.error() != null) {
                errors = true;
                if (as == Format.text) {
                    out.println(Reports.errorLine(file, page.error()));
                }
            } else {
                found.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
                if (as == Format.text) {
                    printLines(out, file, found);
                }
            }
            if (as == Format.markdown) {
                markdown.add(new MarkdownReport.Page(file.toString(), page.error() == null ? null
                        : Reports.errorLine(file, page.error()), found));
            }
            problems += found.size();
            // the JSON report keeps only the problems; each is turned into JSON text when it is written
            files.add(new Entry(file.toString(), page.error() == null ? null : Reports.error(page.error()),
                    as == Format.json ? found : List.of(), note == null ? null : page.source().charset(), note));
            timing.mark("report");
        }
        if (as == Format.json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("files", files.size());
            summary.put("problems", problems);
            summary.put("byKind", Reports.byId(byKind));
            if (links != null) {
                summary.put("links", links.summary());
            }
            printJson(out, files, summary);
        } else if (as == Format.markdown) {
            MarkdownReport.print(out, markdown, byKind, links);
        } else {
            if (links != null) {
                links.notCheckedLines().forEach(out::println);
                out.println(links.summaryLine());
            }
            out.println(problems + " problem" + (problems == 1 ? "" : "s") + " in " + files.size() + " file"
                    + (files.size() == 1 ? "" : "s") + (byKind.isEmpty() ? "" : " " + Reports.byId(byKind)));
        }
        out.flush();
        timing.mark("output");
        return errors ? ArchivistCommand.ERROR : problems > 0 ? ArchivistCommand.FOUND : ArchivistCommand.OK;
    }

    /**
     * The report as one JSON document, {@code {"files":[{"path","error","problems"}...],"summary"}}
     * ({@code "charset","note"} after the problems of a page not read as UTF-8), written problem
     * by problem, never the whole document in one string (34 MB for the big archive).
     */
    private static void printJson(PrintWriter out, List<Entry> files, Map<String, Object> summary) {
        out.write("{\"files\":[");
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < files.size(); f++) {
            Entry e = files.get(f);
            sb.append(f == 0 ? "{" : ",{").append("\"path\":");
            Json.append(e.path(), sb);
            sb.append(",\"error\":");
            Json.append(e.error(), sb);
            sb.append(",\"problems\":[");
            List<Problem> found = e.problems();
            for (int i = 0; i < found.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Json.append(Reports.problem(found.get(i)), sb);
                out.print(sb);
                sb.setLength(0);
            }
            sb.append(']');
            if (e.charset() != null) {
                sb.append(",\"charset\":");
                Json.append(e.charset(), sb);
                Json.append(e.note(), sb.append(",\"note\":"));
            }
            sb.append('}');
        }
        sb.append("],\"summary\":");
        Json.append(summary, sb);
        out.println(sb.append('}'));
    }

    /**
     * Reads and checks one page. Whatever fails on it, even an error of the JVM such as a stack
     * overflow in a check, is that page's error: the other pages are still checked and reported.
     */
    private Checked check(Path file, Sites sites, Predicate<Kind> named, Timing timing) {
        SourceInfo source = null;
        try {
            ArchiveDocument doc = ArchiveReader.read(file);
            timing.mark("read");
            if (!doc.parsed()) {
                return new Checked(doc.source(), doc.error(), List.of());
            }
            source = doc.source();
            Site site = sites.around(file);
            List<Problem> found = checks.apply(named == null ? CheckContext.of(doc, site)
                    : new CheckContext(doc, doc.root(), site, named));
            timing.mark("check");
            return new Checked(source, null, found);
        } catch (RuntimeException | Error e) {
            Reports.printInternalError(spec.commandLine().getErr(), file, e);
            return new Checked(source, Reports.internalError(e), List.of());
        }
    }

    /** The problems as text lines, in order. */
    private static void printLines(PrintWriter out, Path file, List<Problem> found) {
        String name = file.toString();
        StringBuilder sb = new StringBuilder();
        for (Problem p : found) {
            out.println(Reports.problemLine(sb, name, p));
            sb.setLength(0);
        }
    }
}
