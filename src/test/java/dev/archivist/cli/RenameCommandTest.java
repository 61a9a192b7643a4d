package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.check.names.Rename;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.YNode;
import dev.archivist.site.NameAliases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @BeforeEach
    void backups(@TempDir Path backups) {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void noBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private int run(String... args) {
        PrintWriter w = new PrintWriter(out);
        int status = ArchivistCommand.run(w, w, args);
        w.flush();
        return status;
    }

    private Path sampleSite() throws Exception {
        Files.createDirectories(dir.resolve("_people"));
        try (var people = Files.list(Path.of("samples/_people"))) {
            for (Path p : people.toList()) {
                Files.copy(p, dir.resolve("_people").resolve(p.getFileName()));
            }
        }
        Path page = dir.resolve("book-of-the-week.md");
        Files.copy(Path.of("samples/book-of-the-week.md"), page);
        return page;
    }

    /** 1-based lines of the original text that differ in the new one. */
    private static Set<Integer> changedLines(String before, String after) {
        Set<Integer> lines = new TreeSet<>();
        for (AbstractDelta<String> d : DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
            for (int i = 0; i < d.getSource().size(); i++) {
                lines.add(d.getSource().getPosition() + i + 1);
            }
        }
        return lines;
    }

    @Test
    void renameChangesOnlyTheLinesHoldingTheNameInACorpusPage() throws Exception {
        String corpus = System.getProperty("archivist.corpus");
        Path source = corpus == null ? null : Path.of(corpus, "_books/20210719-interpretable-machine-learning-with-python.md");
        Assumptions.assumeTrue(source != null && Files.isRegularFile(source), "no corpus");
        Path page = dir.resolve("page.md");
        Files.copy(source, page);
        // corpus files are read-only (r--r--r--) and a copy keeps that mode; the save would rightly be refused
        page.toFile().setWritable(true, true);
        ArchiveDocument doc = ArchiveReader.read(page);
        Set<Integer> allowed = new TreeSet<>();
        for (Edit e : Rename.plan(doc.root(), "Serg Masís", "Serg Masis").all()) {
            YNode node = e.path().find(doc.root()).orElseThrow();
            for (int l = doc.line(node.span().start()); l <= doc.line(node.span().end()); l++) {
                allowed.add(l);
            }
        }
        assertEquals(0, run("rename", "--from", "Serg Masís", "--to", "Serg Masis", page.toString()));
        Set<Integer> changed = changedLines(doc.text(), Files.readString(page));
        assertTrue(allowed.containsAll(changed), "changed " + changed + " outside " + allowed);
        List<String> lines = doc.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("name: \"Serg Mas\\xEDs\"")) {
                assertTrue(changed.contains(i + 1), "line " + (i + 1) + " still holds the old name");
            }
        }
        assertFalse(Files.readString(page).contains("Serg Mas\\xEDs"));
        assertTrue(out.toString().contains("renamed 'Serg Masís' to 'Serg Masis' in 1 file"), out.toString());
    }

    @Test
    void renamesNamesRawAuthorsAndMentionsAcrossFilesAndLeavesOtherFilesAlone() throws Exception {
        Files.writeString(dir.resolve("a.md"), """
                ---
                authors: [Ann Lee, bochen]
                archive:
                - name: Ann Lee
                  text: "Hi, see `Ann Lee` at https://x.org/Ann Lee"
                  replies:
                  - name: Bo Chen
                    text: Thanks Ann Lee!
                ---
                Body by Ann Lee.
                """);
        Files.writeString(dir.resolve("b.md"), "---\narchive:\n- name: Ann Leeds\n  text: Ann Lee-ish\n---\n");
        String b = Files.readString(dir.resolve("b.md"));
        assertEquals(0, run("rename", "--from", "Ann Lee", "--to", "Ann Li", dir.toString()));
        assertEquals("""
                ---
                authors: [Ann Li, bochen]
                archive:
                - name: Ann Li
                  text: "Hi, see `Ann Lee` at https://x.org/Ann Lee"
                  replies:
                  - name: Bo Chen
                    text: Thanks Ann Li!
                ---
                Body by Ann Lee.
                """, Files.readString(dir.resolve("a.md")));
        assertEquals(b, Files.readString(dir.resolve("b.md")));
        assertTrue(out.toString().contains("1 name, 1 in authors, 1 text mentioning it"), out.toString());
    }

    @Test
    void dryRunWritesNothingAndDiffShowsTheChange() throws Exception {
        Path page = sampleSite();
        String before = Files.readString(page);
        assertEquals(0, run("rename", "--from", "Maria Nunez", "--to", "María Núñez", "--dry-run", "--diff", page.toString()));
        assertEquals(before, Files.readString(page));
        assertTrue(out.toString().contains("-  - name: Maria Nunez"), out.toString());
        assertTrue(out.toString().contains("+  - name: María Núñez"), out.toString());
        assertTrue(out.toString().contains("would rename 'Maria Nunez'"), out.toString());
        assertFalse(Files.exists(dir.resolve(NameAliases.FILE)));
    }

    @Test
    void rememberRecordsTheDecisionInTheSitesAliasFile() throws Exception {
        Path page = sampleSite();
        assertEquals(0, run("rename", "--from", "Mari", "--to", "María Núñez", "--remember", page.toString()));
        NameAliases aliases = NameAliases.read(dir.resolve(NameAliases.FILE));
        assertEquals(List.of(new NameAliases.Alias("María Núñez", "marianunez", List.of("Mari"))), aliases.aliases());
        assertFalse(Files.readString(page).contains("name: Mari\n"));
    }

    @Test
    void twoEqualNamesAreRefused() {
        assertEquals(ArchivistCommand.ERROR, run("rename", "--from", "A", "--to", "A", dir.toString()));
        assertTrue(out.toString().contains("two different names"));
    }

    @Test
    void aNameNoPageHoldsChangesNothing() throws Exception {
        Path page = sampleSite();
        String before = Files.readString(page);
        assertEquals(0, run("rename", "--from", "Nobody Here", "--to", "Somebody", dir.toString()));
        assertEquals(before, Files.readString(page));
        assertTrue(out.toString().contains("no page holds 'Nobody Here'"));
    }
}
