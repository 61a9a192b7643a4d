package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.cli.CommandLineTest.Run;
import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit FILE --script OPS.jsonl}: the editor's operations run from a script, on the sample and real pages. */
class EditCommandTest {
    @TempDir
    Path site;
    @TempDir
    Path scripts;
    @TempDir
    Path backups;
    Path page;
    byte[] original;
    private int scriptCount;

    @BeforeEach
    void copyTheSampleIntoASite() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        Files.createDirectories(site.resolve("_people"));
        page = TestPages.copy(TestPages.SAMPLES.resolve("book-of-the-week.md"), Files.createDirectories(site.resolve("_books")));
        original = Files.readAllBytes(page);
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    /** A script of these lines, in a folder of its own. */
    private Path script(String... lines) throws Exception {
        return Files.writeString(scripts.resolve("ops" + (++scriptCount) + ".jsonl"), String.join("\n", lines) + "\n");
    }

    private Run edit(Path file, Path script, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "edit";
        args[1] = file.toString();
        args[2] = "--script";
        args[3] = script.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        return CommandLineTest.run(args);
    }

    private Run edit(String... lines) throws Exception {
        return edit(page, script(lines));
    }

    private static YNode at(Path file, String path) {
        return YamlPath.parse(path).find(TestPages.parsed(file).root()).orElse(null);
    }

    private static String text(Path file, String path) {
        return at(file, path) instanceof YScalar s ? s.value() : null;
    }

    private static int size(Path file, String path) {
        return ((YSequence) at(file, path)).size();
    }

    private void assertSaved(Run r) {
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(": saved " + page), r.out());
        assertEquals("", r.err());
    }

    // each operation

    @Test
    void setChangesOnlyTheLinesOfThatValue() throws Exception {
        ArchiveDocument before = TestPages.parsed(page);
        YScalar old = (YScalar) YamlPath.parse("archive[3].replies[1].text").find(before.root()).orElseThrow();
        Run r = edit("{\"op\":\"set\",\"path\":\"archive[3].replies[1].text\",\"value\":\"yes: a new answer # not a comment\"}",
                "{\"op\":\"save\"}");
        assertSaved(r);
        assertTrue(r.out().contains("line 2: saved " + page), r.out());
        assertEquals("yes: a new answer # not a comment", text(page, "archive[3].replies[1].text"));
        LineDiff.assertChangedOnlyWithin(before.text(), Files.readString(page),
                LineDiff.Region.lines(before.line(old.span().start()), before.line(old.span().end() - 1)), "set");
    }

    @Test
    void setOfAJsonValueWritesItsType() throws Exception {
        assertSaved(edit("{\"op\":\"set\",\"path\":\"season\",\"value\":3}",
                "{\"op\":\"set\",\"path\":\"archive[0].name\",\"value\":\"yes\"}", "{\"op\":\"save\"}"));
        assertEquals("int", ((YScalar) at(page, "season")).tag());
        assertEquals("str", ((YScalar) at(page, "archive[0].name")).tag());
        assertEquals("yes", text(page, "archive[0].name"));
    }

    @Test
    void insertAddsAReplyAndAThread() throws Exception {
        int threads = size(page, "archive");
        assertSaved(edit("{\"op\":\"insert\",\"path\":\"archive[1].replies[0]\",\"value\":{\"name\":\"Ann Lee\",\"text\":\"First!\"}}",
                "{\"op\":\"insert\",\"path\":\"archive[0]\",\"value\":{\"name\":\"Bo Chen\",\"text\":\"A new thread\",\"replies\":[]}}",
                "{\"op\":\"save\"}"));
        assertEquals(threads + 1, size(page, "archive"));
        assertEquals("Bo Chen", text(page, "archive[0].name"));
        assertEquals("Ann Lee", text(page, "archive[2].replies[0].name"));
        assertEquals("First!", text(page, "archive[2].replies[0].text"));
        assertEquals("Lukas Becker", text(page, "archive[2].name"));
    }

    @Test
    void deleteTakesAThreadWithItsReplies() throws Exception {
        int threads = size(page, "archive");
        assertSaved(edit("{\"op\":\"delete\",\"path\":\"archive[1]\"}", "{\"op\":\"save\"}"));
        assertEquals(threads - 1, size(page, "archive"));
        assertEquals("Chloé Dubois", text(page, "archive[1].name"));
        assertFalse(Files.readString(page).contains("What does \\u201Ctidy\\u201D mean"));
    }

    @Test
    void moveMakesAThreadAReplyAndItsRepliesFollow() throws Exception {
        int threads = size(page, "archive");
        assertSaved(edit("{\"op\":\"move\",\"from\":\"archive[3]\",\"to\":\"archive[2].replies[0]\"}", "{\"op\":\"save\"}"));
        assertEquals(threads - 1, size(page, "archive"));
        assertEquals("Sofia Rossi", text(page, "archive[2].replies[0].name"));
        assertEquals("Maria Nunez", text(page, "archive[2].replies[1].name"));
        assertEquals("Sofia Rossi", text(page, "archive[2].replies[2].name"));
        assertEquals("Tomasz Kowalski", text(page, "archive[2].replies[3].name"));
        assertEquals(null, at(page, "archive[2].replies[0].replies"));
    }

    @Test
    void mergeMakesThreadsRepliesOfTheFirst() throws Exception {
        int threads = size(page, "archive");
        assertSaved(edit("{\"op\":\"merge\",\"paths\":[\"archive[1]\",\"archive[3]\"]}", "{\"op\":\"save\"}"));
        assertEquals(threads - 1, size(page, "archive"));
        assertEquals("Lukas Becker", text(page, "archive[1].name"));
        assertEquals(5, size(page, "archive[1].replies"));
        assertEquals("Lukas Becker", text(page, "archive[1].replies[1].name"));
        assertEquals("Sofia Rossi", text(page, "archive[1].replies[2].name"));
        assertEquals("Maria Nunez", text(page, "archive[1].replies[3].name"));
        assertEquals("Sofia Rossi", text(page, "archive[1].replies[4].name"));
        assertEquals("Chloé Dubois", text(page, "archive[2].name"));
    }

    @Test
    void fixOfAKindWritesTheCharactersAndKeepsTheData() throws Exception {
        ArchiveDocument before = TestPages.parsed(page);
        assertSaved(edit("{\"op\":\"fix\",\"kinds\":\"encoding.escaped-unicode\"}", "{\"op\":\"save\"}"));
        String after = Files.readString(page);
        assertFalse(after.contains("\"Mar\\xEDa N\\xFA\\xF1ez\"") || after.contains("\\u201Ctidy\\u201D"), after);
        assertTrue(after.contains("  - name: María Núñez\n"), after);
        assertTrue(dev.archivist.model.Trees.sameData(before.root(), TestPages.parsed(page).root()));
    }

    @Test
    void fixWithoutKindsAppliesTheSafeFixes() throws Exception {
        assertTrue(text(page, "archive[1].replies[0].text").contains("&amp;"));
        assertSaved(edit("{\"op\":\"fix\"}", "{\"op\":\"save\"}"));
        assertFalse(text(page, "archive[1].replies[0].text").contains("&amp;"));
        assertFalse(Files.readString(page).contains("[https://www.jstatsoft.org/article/view/v059i10]("));
    }

    @Test
    void renameChangesThePersonEverywhere() throws Exception {
        assertSaved(edit("{\"op\":\"rename\",\"from\":\"Tomasz Kowalski\",\"to\":\"Tom Kowalski\"}", "{\"op\":\"save\"}"));
        assertEquals("Tom Kowalski", text(page, "archive[0].replies[1].name"));
        assertEquals("Tom Kowalski", text(page, "authors[1]"));
        assertFalse(Files.readString(page).contains("name: Tomasz Kowalski"));
    }

    @Test
    void undoAndRedoGoThroughTheHistory() throws Exception {
        assertSaved(edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"First\"}",
                "{\"op\":\"set\",\"path\":\"title\",\"value\":\"Second\"}", "{\"op\":\"undo\"}", "{\"op\":\"save\"}"));
        assertEquals("First", text(page, "title"));
        assertSaved(edit("{\"op\":\"delete\",\"path\":\"archive[0]\"}", "{\"op\":\"undo\"}", "{\"op\":\"redo\"}",
                "{\"op\":\"save\"}"));
        assertEquals("Lukas Becker", text(page, "archive[0].name"));
    }

    @Test
    void aSaveWithNothingChangedKeepsEveryByte() throws Exception {
        Run r = edit("{\"op\":\"save\"}", "", "{\"op\":\"set\",\"path\":\"title\",\"value\":\"x\"}", "{\"op\":\"undo\"}",
                "{\"op\":\"save\"}");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("line 1: nothing to save") && r.out().contains("line 5: nothing to save"), r.out());
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    // invalid operations: exit 2, the script line named, the file as the last good save left it

    private void assertFailsAt(Run r, int line, String reason) {
        assertEquals(ArchivistCommand.ERROR, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(".jsonl:" + line + ": "), r.err());
        assertTrue(r.err().contains(reason), r.err());
        // no exception class names, no "null" from a missing message (the script's own null is fine)
        String words = r.err().replace("use null for an empty value", "");
        assertFalse(words.contains("Exception") || words.contains("null"), r.err());
    }

    @Test
    void badJsonIsNamedWithItsLineAndNothingIsDone() throws Exception {
        Run r = edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"x\"}", "{\"op\":\"save\"}", "{\"op\":\"set\",");
        assertFailsAt(r, 3, "not valid JSON");
        assertTrue(r.err().contains("nothing was done"), r.err());
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void anUnknownOpIsNamedWithItsLine() throws Exception {
        Run r = edit("{\"op\":\"save\"}", "{\"op\":\"frobnicate\"}");
        assertFailsAt(r, 2, "unknown op 'frobnicate'");
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void anUnknownKindIsNamedWithItsLine() throws Exception {
        Run r = edit("{\"op\":\"fix\",\"kinds\":\"encoding.nonsense\"}", "{\"op\":\"save\"}");
        assertFailsAt(r, 1, "unknown kind 'encoding.nonsense'");
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void aMalformedOpIsNamedWithItsLineAndAReason() throws Exception {
        String[][] cases = {
            {"[\"op\",\"undo\"]", "must be a JSON object"},
            {"{\"op\":\"set\",\"path\":\"title\"}", "\"value\" is missing"},
            {"{\"op\":\"set\",\"path\":\"archive[0\",\"value\":1}", "unclosed [ in path"},
            {"{\"op\":\"merge\",\"paths\":[{}]}", "\"paths\" must list the threads as strings"},
            {"{\"op\":\"merge\",\"paths\":[\"archive[1].replies[0]\"]}", "only threads can be merged"},
            {"{\"op\":\"fix\",\"kinds\":[1]}", "\"kinds\" must be kinds as strings"},
            {"{\"op\":\"rename\",\"from\":\"A\"}", "\"to\" must be a string"},
        };
        for (String[] c : cases) {
            assertFailsAt(edit("{\"op\":\"save\"}", c[0]), 2, c[1]);
        }
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void aPathThatIsNotThereIsNamedAndNothingIsWritten() throws Exception {
        Run r = edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"x\"}",
                "{\"op\":\"set\",\"path\":\"archive[99].text\",\"value\":\"x\"}", "{\"op\":\"save\"}");
        assertFailsAt(r, 2, "there is no archive[99]");
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void aMoveFromNowhereKeepsTheLastGoodSaveAndWritesNothingAfterIt() throws Exception {
        Run r = edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"Saved\"}", "{\"op\":\"save\"}",
                "{\"op\":\"set\",\"path\":\"title\",\"value\":\"Not saved\"}",
                "{\"op\":\"move\",\"from\":\"archive[99]\",\"to\":\"archive[0]\"}", "{\"op\":\"save\"}");
        assertFailsAt(r, 4, "there is no archive[99]");
        assertTrue(r.err().contains(page + " keeps its last saved text"), r.err());
        assertTrue(r.out().contains("line 2: saved " + page), r.out());
        assertEquals("Saved", text(page, "title"));
    }

    @Test
    void aRefusedSaveSaysWhyInWords() throws Exception {
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));
        Run r = edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"x\"}", "{\"op\":\"save\"}");
        assertFailsAt(r, 2, "not saved: the file " + page.toAbsolutePath() + " is read-only");
        assertFalse(r.out().contains("saved " + page), r.out());
        assertArrayEquals(original, Files.readAllBytes(page));
        try (var files = Files.list(page.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    // dry runs and diffs

    @Test
    void aDryRunWritesNothing() throws Exception {
        Run r = edit(page, script("{\"op\":\"set\",\"path\":\"title\",\"value\":\"x\"}", "{\"op\":\"save\"}"), "--dry-run");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("line 2: would save " + page), r.out());
        assertFalse(r.out().contains("+++"), r.out());
        assertArrayEquals(original, Files.readAllBytes(page));
        try (var files = Files.walk(backups)) {
            assertEquals(0, files.filter(Files::isRegularFile).count(), "no backup either");
        }
    }

    @Test
    void aDryRunWithDiffPrintsWhatEachSaveWouldWrite() throws Exception {
        Run r = edit(page, script("{\"op\":\"set\",\"path\":\"title\",\"value\":\"First\"}", "{\"op\":\"save\"}",
                "{\"op\":\"set\",\"path\":\"title\",\"value\":\"Second\"}", "{\"op\":\"save\"}"), "--dry-run", "--diff");
        assertEquals(0, r.exit(), r.out() + r.err());
        String out = r.out();
        String second = out.substring(out.indexOf("line 4: would save"));
        String first = out.substring(out.indexOf("line 2: would save"), out.indexOf("line 4: would save"));
        // a page outside the working folder is named from the file system's root, as diff -u names it
        Path named = page.toAbsolutePath().getRoot().relativize(page.toAbsolutePath());
        assertTrue(first.contains("--- a/" + named + "\n") && first.contains("+++ b/" + named + "\n"), out);
        assertTrue(first.contains("\n-title: \"Tidy Pipelines: Practical Data Engineering with Python\"\n"), out);
        assertTrue(first.contains("\n+title: \"First\"\n"), out);
        // the second save is diffed against what the first would have written
        assertTrue(second.contains("\n-title: \"First\"\n") && second.contains("\n+title: \"Second\"\n"), out);
        assertEquals(2, out.split("\n@@ ", -1).length - 1, "one hunk a save: " + out);
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void editsAfterTheLastSaveAreNotWrittenAndTheRunSaysSo() throws Exception {
        Run r = edit("{\"op\":\"set\",\"path\":\"title\",\"value\":\"Saved\"}", "{\"op\":\"save\"}",
                "{\"op\":\"set\",\"path\":\"title\",\"value\":\"Lost\"}");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("note: the edits after the last save were not written"), r.out());
        assertEquals("Saved", text(page, "title"));

        Run noSave = edit("{\"op\":\"delete\",\"path\":\"archive[0]\"}");
        assertTrue(noSave.out().contains("note: the edits after the last save were not written"), noSave.out());
        assertEquals("Saved", text(page, "title"));
        assertEquals("Kenji Watanabe", text(page, "archive[0].name"));
    }

    // real pages

    @Test
    void aChainOfEditsOnRealPagesKeepsTheUntouchedThreadsBytes() throws Exception {
        Path corpus = TestPages.corpus();
        Assumptions.assumeTrue(corpus != null, "the corpus is not on this machine");
        for (String name : List.of("20201214-ml-bookcamp.md", "20210719-interpretable-machine-learning-with-python.md",
                "20220919-kaggle-book.md")) {
            Path real = TestPages.copy(corpus.resolve("_books").resolve(name), page.getParent());
            assertTrue(real.toFile().canWrite());
            ArchiveDocument opened = TestPages.parsed(real);
            Run fixed = edit(real, script("{\"op\":\"fix\",\"kinds\":\"encoding.escaped-unicode\"}", "{\"op\":\"save\"}"));
            assertEquals(0, fixed.exit(), name + ": " + fixed.err());
            ArchiveDocument base = TestPages.parsed(real);
            assertTrue(dev.archivist.model.Trees.sameData(opened.root(), base.root()), name);

            String movedName = text(real, "archive[1].name");
            int threads = size(real, "archive");
            Run r = edit(real, script("{\"op\":\"move\",\"from\":\"archive[1]\",\"to\":\"archive[0].replies[0]\"}",
                    "{\"op\":\"save\"}", "{\"op\":\"set\",\"path\":\"archive[2].text\",\"value\":\"Edited: naïve café yes: no\"}",
                    "{\"op\":\"delete\",\"path\":\"archive[3]\"}", "{\"op\":\"undo\"}", "{\"op\":\"save\"}"));
            assertEquals(0, r.exit(), name + ": " + r.err());
            assertEquals(threads - 1, size(real, "archive"), name);
            assertEquals(movedName, text(real, "archive[0].replies[0].name"), name);
            assertEquals("Edited: naïve café yes: no", text(real, "archive[2].text"), name);
            String after = Files.readString(real);
            List<YNode> before = ((YSequence) base.root().get("archive").orElseThrow()).items();
            for (int i = 4; i < before.size(); i++) {
                YNode thread = before.get(i);
                String source = base.text().substring(thread.span().start(), thread.span().end());
                assertTrue(after.contains(source), name + ": thread " + i + " was rewritten");
            }
            assertEquals(base.body(), ArchiveReader.read(real).body(), name);
        }
    }
}
