package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's get, set, format and fix, run in-process with their output captured. */
class CommandLineTest {
    @TempDir
    Path site;
    @TempDir
    Path backups;
    Path page;

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ArchivistCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void copyTheSampleIntoASite() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        Files.createDirectories(site.resolve("_people"));
        page = TestPages.copy(TestPages.SAMPLES.resolve("book-of-the-week.md"), Files.createDirectories(site.resolve("_books")));
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @Test
    void getPrintsAScalarAsItsText() {
        Run r = run("get", page.toString(), "archive[0].replies[0].name");
        assertEquals(0, r.exit(), r.err());
        assertEquals("María Núñez", r.out().strip());
        assertEquals("Tidy Pipelines: Practical Data Engineering with Python", run("get", page.toString(), "title").out().strip());
    }

    @Test
    void getPrintsAListAsYaml() {
        Run r = run("get", page.toString(), "links[0]");
        assertEquals(0, r.exit(), r.err());
        assertEquals("text: Book's page\nlink: https://www.example-press.com/books/tidy-pipelines", r.out().strip());
    }

    @Test
    void getOfAMissingPathFailsWithAMessage() {
        Run r = run("get", page.toString(), "archive[999].text");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no value at archive[999].text"), r.err());
    }

    @Test
    void setChangesOnlyTheLinesOfThatValue() throws Exception {
        ArchiveDocument before = ArchiveReader.read(page);
        YamlPath path = YamlPath.parse("archive[3].replies[1].text");
        YScalar old = (YScalar) path.find(before.root()).orElseThrow();
        Run r = run("set", page.toString(), path.toString(), "A new answer: yes.");
        assertEquals(0, r.exit(), r.err());
        String after = Files.readString(page);
        int first = before.line(old.span().start());
        int last = before.line(old.span().end() - 1);
        LineDiff.assertChangedOnlyWithin(before.text(), after, LineDiff.Region.lines(first, last), "set");
        assertEquals("A new answer: yes.", run("get", page.toString(), path.toString()).out().strip());
    }

    @Test
    void setKeepsATimestampAPlainTimestamp() throws Exception {
        Run r = run("set", page.toString(), "start", "2022-03-22 09:30:00");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(page).contains("\nstart: 2022-03-22 09:30:00\n"));
        YScalar start = (YScalar) ArchiveReader.read(page).root().get("start").orElseThrow();
        assertEquals("timestamp", start.tag());
    }

    @Test
    void setWritesAStringThatLooksLikeABooleanQuoted() throws Exception {
        assertEquals(0, run("set", page.toString(), "archive[0].replies[1].name", "yes").exit());
        assertTrue(Files.readString(page).contains("\n  - name: 'yes'\n"));
        YScalar name = (YScalar) YamlPath.parse("archive[0].replies[1].name").find(ArchiveReader.read(page).root()).orElseThrow();
        assertEquals("str", name.tag());
    }

    @Test
    void setOfABrokenFileWritesNothing() throws Exception {
        Path broken = TestPages.copy(TestPages.SAMPLES.resolve("bad/tabs.md"), site);
        byte[] bytes = Files.readAllBytes(broken);
        Run r = run("set", broken.toString(), "title", "x");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(":14:1: error:"), r.err());
        assertArrayEquals(bytes, Files.readAllBytes(broken));
    }

    @Test
    void formatCheckReportsAndWritesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        Run r = run("format", "--check", page.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("would reformat"), r.out());
        assertArrayEquals(bytes, Files.readAllBytes(page));
    }

    @Test
    void formatWritesOnceAndThenHasNothingToChange() throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        assertEquals(0, run("format", page.toString()).exit());
        byte[] formatted = Files.readAllBytes(page);
        assertNotEquals(bytes.length, formatted.length);
        Run again = run("format", "--check", page.toString());
        assertEquals(0, again.exit(), again.out());
        assertEquals(0, run("format", page.toString()).exit());
        assertArrayEquals(formatted, Files.readAllBytes(page));
    }

    @Test
    void formatWithAWidthFolds() throws Exception {
        assertEquals(0, run("format", "--width", "60", page.toString()).exit());
        String text = Files.readString(page);
        long longLines = text.lines().filter(l -> l.length() > 100 && l.startsWith("  text: ")).count();
        assertEquals(0, longLines, "no one-line text is longer than 100 columns after folding at 60");
    }

    @Test
    void fixDryRunWritesNothing() throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        Run r = run("fix", "--dry-run", "--kinds", "format.style", "--diff", page.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("would fix"), r.out());
        assertTrue(r.out().contains("+++ b/"), "the diff is printed");
        assertArrayEquals(bytes, Files.readAllBytes(page));
    }

    @Test
    void fixSavesTheVerifiedTextOnceAndLeavesNoTemporaryFile() throws Exception {
        String before = Files.readString(page);
        Run r = run("fix", page.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("fixed " + page), r.out());
        ArchiveDocument doc = ArchiveReader.read(page);
        assertTrue(doc.parsed());
        assertNotEquals(before, doc.text());
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertEquals(List.of(page.getFileName().toString()), files.map(f -> f.getFileName().toString()).toList());
        }
        try (Stream<Path> files = Files.walk(backups)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one backup of the previous version");
        }
        Run again = run("fix", page.toString());
        assertTrue(again.out().contains("fixed 0 problems"), again.out());
        assertEquals(doc.text(), Files.readString(page));
    }

    @Test
    void fixOfAReadOnlyPageIsRefusedWithoutATemporaryFile() throws Exception {
        byte[] bytes = Files.readAllBytes(page);
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("fix", page.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("read-only"), r.out());
        assertArrayEquals(bytes, Files.readAllBytes(page));
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void fixWithAnUnknownKindFails() {
        Run r = run("fix", "--kinds", "encoding.nonsense", page.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown kind 'encoding.nonsense'"), r.err());
    }

    @Test
    void helpGoesToTheGivenWriter() {
        Run r = run();
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: archivist"), r.out());
    }

    @Test
    void everyCommandAnswersHelpAndHelpCommandNamesIt() {
        for (String command : ArchivistCommand.COMMANDS) {
            if (command.equals("help")) {
                continue;
            }
            Run r = run(command, "--help");
            assertEquals(0, r.exit(), command + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: archivist " + command), command + ": " + r.out());
            Run h = run("help", command);
            assertEquals(r.out(), h.out(), "help " + command);
        }
        Run r = run("replace", "--help");
        assertTrue(r.out().contains("$1 or ${name}"), "picocli leaves ${name} as written: " + r.out());
    }
}
