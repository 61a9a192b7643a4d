package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.Checks;
import dev.archivist.io.DeepPages;
import dev.archivist.io.TestPages;
import dev.archivist.model.Kind;
import dev.archivist.model.SourceInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/** {@code check}: its JSON document has exactly the documented shape, and its exit codes are 0, 1 and 2. */
class CheckCommandTest {
    @TempDir
    Path site;

    private static final String CLEAN = """
            ---
            title: Clean Page
            start: 2022-03-21 00:00:00
            end: 2022-03-25 22:59:58
            archive:
            - name: Ada
              text: A question?
              replies:
              - name: Bo
                text: An answer.
            ---
            Body.
            """;

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String out) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBrokenPageIsReportedAtTheQuoteThatWasNeverClosed() throws Exception {
        Path page = Files.writeString(site.resolve("broken.md"), """
                ---
                title: Broken
                archive:
                - name: Bo
                  text: "Where does this end?
                  replies:
                  - name: Dana
                    text: "It never does."
                ---
                """);
        CommandLineTest.Run r = CommandLineTest.run("check", page.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().contains(page + ":5:9: error: the quote opened on line 5 is never closed; the YAML parser stopped at line 8"),
                r.out());
        Map<String, Object> error = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) json(
                CommandLineTest.run("check", "--json", page.toString()).out()).get("files")).get(0)).get("error");
        assertEquals(5, error.get("line"));
        assertEquals(9, error.get("column"));
    }

    @Test
    void aLongReportListsEveryProblemOnceInOrder() throws Exception {
        // thousands of problems: the report is written block by block while other cores format
        Path page = Files.writeString(site.resolve("20220321-long.md"), dev.archivist.Training.page(400));
        dev.archivist.model.ArchiveDocument doc = dev.archivist.io.read.ArchiveReader.read(page);
        List<dev.archivist.model.Problem> found = dev.archivist.check.Checks.run(
                dev.archivist.check.CheckContext.of(doc, dev.archivist.site.Site.around(page).orElse(null)));
        assertTrue(found.size() > 3 * 1024, "more than three blocks: " + found.size());
        CommandLineTest.Run r = CommandLineTest.run("check", page.toString());
        assertEquals(1, r.exit(), r.err());
        StringBuilder expected = new StringBuilder();
        for (dev.archivist.model.Problem p : found) {
            // a problem with a fix takes a second, indented line: before -> after
            Reports.problemLine(expected, page.toString(), p).append(System.lineSeparator());
        }
        String out = r.out();
        String report = out.substring(0, out.lastIndexOf(found.size() + " problems in 1 file"));
        assertEquals(expected.toString(), report);
    }

    @Test
    void aLongJsonReportHoldsEveryProblemOnceInOrderWithItsTextIntact() throws Exception {
        // thousands of problems over several blocks, two pages, and values with every char JSON escapes
        Path page = Files.writeString(site.resolve("20220321-long.md"), dev.archivist.Training.page(400));
        Path odd = Files.writeString(site.resolve("20220322-odd.md"), """
                ---
                title: "Quote \\" backslash \\\\ tab \\t bell \\a line sep \\L para \\P end"
                archive:
                - name: Ada
                  text: "a &amp; \\" b \\\\ c \\t d \\L e \\u0001 f"
                ---
                """);
        List<dev.archivist.model.Problem> found = new java.util.ArrayList<>();
        for (Path p : List.of(page, odd)) {
            found.addAll(dev.archivist.check.Checks.run(dev.archivist.check.CheckContext.of(
                    dev.archivist.io.read.ArchiveReader.read(p), dev.archivist.site.Site.around(p).orElse(null))));
        }
        CommandLineTest.Run r = CommandLineTest.run("check", "--json", page.toString(), odd.toString());
        assertEquals(1, r.exit(), r.err());
        List<Map<String, Object>> files = list(json(r.out()).get("files"));
        assertEquals(2, files.size());
        List<Map<String, Object>> problems = new java.util.ArrayList<>(list(files.get(0).get("problems")));
        assertTrue(problems.size() > 3 * 1024, "more than three blocks: " + problems.size());
        problems.addAll(list(files.get(1).get("problems")));
        assertEquals(found.size(), problems.size());
        for (int i = 0; i < found.size(); i++) {
            Map<String, Object> expected = new java.util.LinkedHashMap<>(Reports.problem(found.get(i)));
            assertEquals(expected, problems.get(i), "problem " + i);
        }
        assertTrue(problems.stream().anyMatch(m -> String.valueOf(m.get("before")).contains("\\")),
                "a text with a backslash came through");
        assertTrue(problems.stream().anyMatch(m -> String.valueOf(m.get("before")).contains("\u2028")),
                "a line separator came through");
    }

    @Test
    void aCleanPageExitsZero() throws Exception {
        Path clean = Files.writeString(site.resolve("20220321-clean.md"), CLEAN);
        CommandLineTest.Run r = CommandLineTest.run("check", clean.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("0 problems in 1 file"), r.out());
    }

    @Test
    void problemsExitOneAndTheJsonHasTheDocumentedShape() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--json", TestPages.SAMPLES.resolve("book-of-the-week.md").toString());
        assertEquals(1, r.exit(), r.err());
        Map<String, Object> doc = json(r.out());
        assertEquals(List.of("files", "summary"), List.copyOf(doc.keySet()));
        List<Map<String, Object>> files = list(doc.get("files"));
        assertEquals(1, files.size());
        Map<String, Object> file = files.get(0);
        assertEquals(List.of("path", "error", "problems"), List.copyOf(file.keySet()));
        assertNull(file.get("error"));
        List<Map<String, Object>> problems = list(file.get("problems"));
        assertTrue(!problems.isEmpty());
        for (Map<String, Object> p : problems) {
            assertEquals(List.of("kind", "where", "line", "column", "message", "before", "after"), List.copyOf(p.keySet()));
            assertTrue(Kind.byId((String) p.get("kind")).isPresent(), "unknown kind " + p.get("kind"));
            assertTrue(p.get("line") instanceof Integer && p.get("column") instanceof Integer);
            assertTrue(p.get("where") instanceof String && p.get("message") instanceof String);
        }
        Map<String, Object> summary = map(doc.get("summary"));
        assertEquals(List.of("files", "problems", "byKind"), List.copyOf(summary.keySet()));
        assertEquals(1, summary.get("files"));
        assertEquals(problems.size(), summary.get("problems"));
        Map<String, Object> byKind = map(summary.get("byKind"));
        assertEquals(problems.size(), byKind.values().stream().mapToInt(v -> (Integer) v).sum());
    }

    @Test
    void anUnreadablePathExitsTwoWhileTheOthersAreStillChecked() throws Exception {
        Path clean = Files.writeString(site.resolve("20220321-clean.md"), CLEAN);
        Path broken = TestPages.copy(TestPages.SAMPLES.resolve("bad/unclosed-quote.md"), site);
        Path missing = site.resolve("missing.md");
        CommandLineTest.Run r = CommandLineTest.run("check", "--json", missing.toString(), broken.toString(),
                TestPages.SAMPLES.resolve("book-of-the-week.md").toString(), clean.toString());
        assertEquals(2, r.exit(), r.err());
        List<Map<String, Object>> files = list(json(r.out()).get("files"));
        assertEquals(4, files.size());
        Map<String, Object> missingError = map(files.get(0).get("error"));
        assertEquals(List.of("message", "line", "column"), List.copyOf(missingError.keySet()));
        assertTrue(((String) missingError.get("message")).contains("no such file"));
        Map<String, Object> brokenError = map(files.get(1).get("error"));
        assertTrue((Integer) brokenError.get("line") > 0, brokenError.toString());
        assertTrue(!list(files.get(2).get("problems")).isEmpty(), "the good files are still checked");
        assertNotNull(files.get(3).get("problems"));
    }

    /**
     * A folder of four pages: a clean one, one nested 5,000 levels deep (megabytes, so the fast
     * parser takes it), and two that make a check throw: a stack overflow and a runtime exception.
     */
    private List<Path> pagesThatFailInEveryWay() throws Exception {
        return List.of(Files.writeString(site.resolve("20220321-clean.md"), CLEAN),
                Files.writeString(site.resolve("20220322-deep.md"), DeepPages.page(DeepPages.Shape.BLOCK_MAPPINGS, 5000, 0, false)),
                Files.writeString(site.resolve("20220323-overflows.md"), CLEAN),
                Files.writeString(site.resolve("20220324-throws.md"), CLEAN));
    }

    /** Runs check with the real checks, but for the pages whose names say they fail. */
    private static CommandLineTest.Run checkWithFailingChecks(String... args) {
        CheckCommand command = new CheckCommand();
        command.checks = context -> {
            String name = context.document().path().getFileName().toString();
            if (name.contains("overflows")) {
                throw new StackOverflowError();
            }
            if (name.contains("throws")) {
                throw new IllegalStateException("a check failed");
            }
            return Checks.run(context);
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandLineTest.Run(exit, out.toString(), err.toString());
    }

    @Test
    void aPageThatFailsInAnyWayIsThatPagesErrorInJsonAndTheOthersAreStillReported() throws Exception {
        List<Path> pages = pagesThatFailInEveryWay();
        CommandLineTest.Run r = checkWithFailingChecks("--json", site.toString());
        assertEquals(2, r.exit(), r.err());
        Map<String, Object> doc = json(r.out());
        List<Map<String, Object>> files = list(doc.get("files"));
        assertEquals(pages.stream().map(Path::toString).toList(), files.stream().map(f -> f.get("path")).toList());
        assertNull(files.get(0).get("error"));
        assertNotNull(files.get(0).get("problems"));
        Map<String, Object> deep = map(files.get(1).get("error"));
        assertEquals(List.of("message", "line", "column"), List.copyOf(deep.keySet()));
        assertTrue(((String) deep.get("message")).contains("nested more than 100 levels"), deep.toString());
        assertTrue((Integer) deep.get("line") > 100 && (Integer) deep.get("column") > 0, deep.toString());
        Map<String, Object> overflow = map(files.get(2).get("error"));
        assertEquals(List.of("message", "line", "column"), List.copyOf(overflow.keySet()));
        // the report says what happened in words; what failed goes to standard error, for the fault's report
        assertTrue(((String) overflow.get("message")).startsWith("Archivist failed on this page"), overflow.toString());
        assertTrue(r.err().contains(pages.get(2) + ": java.lang.StackOverflowError"), r.err());
        Map<String, Object> thrown = map(files.get(3).get("error"));
        assertTrue(((String) thrown.get("message")).startsWith("Archivist failed on this page"), thrown.toString());
        assertTrue(r.err().contains("a check failed"), r.err());
        for (Map<String, Object> failed : files.subList(1, 4)) {
            assertEquals(List.of(), failed.get("problems"));
        }
        assertEquals(4, map(doc.get("summary")).get("files"));
    }

    @Test
    void aPageThatFailsInAnyWayIsThatPagesErrorInTextAndTheOthersAreStillReported() throws Exception {
        List<Path> pages = pagesThatFailInEveryWay();
        CommandLineTest.Run r = checkWithFailingChecks(site.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().contains(pages.get(1) + ":"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(pages.get(1) + ":") && l.contains(": error: the YAML is nested more than")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(pages.get(2) + ":") && l.contains("error: Archivist failed")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith(pages.get(3) + ":") && l.contains("error: Archivist failed")),
                r.out());
        assertTrue(r.err().contains("StackOverflowError") && r.err().contains("a check failed"), r.err());
        assertTrue(r.out().strip().endsWith("in 4 files"), r.out());
    }

    @Test
    void aPageReadAsAnotherCharsetNamesItInJson() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--json", TestPages.SAMPLES.resolve("bad/latin1.md").toString(),
                TestPages.SAMPLES.resolve("book-of-the-week.md").toString());
        assertEquals(1, r.exit(), r.err());
        List<Map<String, Object>> files = list(json(r.out()).get("files"));
        Map<String, Object> latin1 = files.get(0);
        assertEquals(List.of("path", "error", "problems", "charset", "note"), List.copyOf(latin1.keySet()));
        assertEquals("windows-1252", latin1.get("charset"));
        assertTrue(((String) latin1.get("note")).contains("writes UTF-8"), latin1.toString());
        assertEquals(List.of("path", "error", "problems"), List.copyOf(files.get(1).keySet()), "a UTF-8 page as documented");
        CommandLineTest.Run text = CommandLineTest.run("check", TestPages.SAMPLES.resolve("bad/latin1.md").toString());
        assertTrue(text.out().contains("latin1.md: note: " + latin1.get("note") + System.lineSeparator()), text.out());
    }

    @Test
    void theCharsetNoteSaysWhatASaveDoes() {
        assertNull(Reports.charsetNote(SourceInfo.UTF8_LF));
        assertNull(Reports.charsetNote(new SourceInfo("UTF-8", false, true, "\r\n")), "a UTF-8 byte order mark is still UTF-8");
        String detected = Reports.charsetNote(new SourceInfo("windows-1252", true, false, "\n"));
        assertTrue(detected.contains("windows-1252") && detected.contains("writes UTF-8"), detected);
        // a charset its byte order mark declares is kept by a save
        String declared = Reports.charsetNote(new SourceInfo("UTF-16LE", false, true, "\n"));
        assertTrue(declared.contains("UTF-16LE") && declared.contains("keeps") && !declared.contains("writes UTF-8"), declared);
    }

    @Test
    void aFolderIsSearchedForPages() {
        CommandLineTest.Run r = CommandLineTest.run("check", "--json", TestPages.SAMPLES.resolve("edge").toString());
        Map<String, Object> summary = map(json(r.out()).get("summary"));
        assertEquals(TestPages.mdFiles(TestPages.SAMPLES.resolve("edge")).size(), summary.get("files"));
    }

    @Test
    void theHouseStyleIsCheckedWhenNamedOrWhenTheSiteAsks() throws Exception {
        Files.createDirectories(site.resolve("_people"));
        Path page = Files.writeString(site.resolve("20220321-clean.md"), CLEAN.replace("title: Clean Page", "title:   Clean Page"));
        assertEquals(0, CommandLineTest.run("check", page.toString()).exit(), "nobody asked for the house style");
        CommandLineTest.Run named = CommandLineTest.run("check", "--kinds", "format", page.toString());
        assertEquals(1, named.exit(), named.err());
        assertTrue(named.out().contains(": format.style: "), named.out());
        Files.writeString(site.resolve(".archivist.yml"), "house-style: true\n");
        CommandLineTest.Run asked = CommandLineTest.run("check", page.toString());
        assertEquals(1, asked.exit(), asked.err());
        assertTrue(asked.out().contains(": format.style: "), asked.out());
        assertEquals(2, CommandLineTest.run("check", "--kinds", "formats", page.toString()).exit());
    }

    @Test
    void settingsThatCannotBeUsedStopTheRunWithTheirLine() throws Exception {
        Files.createDirectories(site.resolve("_people"));
        Path page = Files.writeString(site.resolve("20220321-clean.md"), CLEAN);
        Files.writeString(site.resolve(".archivist.yml"), "house-style: true\nskip: []\nhouse_style: false\n");
        for (String command : List.of("check", "fix")) {
            CommandLineTest.Run r = CommandLineTest.run(command, page.toString());
            assertEquals(2, r.exit(), command);
            assertTrue(r.err().contains("unknown setting 'house_style' in .archivist.yml, line 3; known: skip, house-style, emoji,"),
                    r.err());
            assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), "no stack trace: " + r.err());
            assertEquals("", r.out(), command + " did nothing");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
