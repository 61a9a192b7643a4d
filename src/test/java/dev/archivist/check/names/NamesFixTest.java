package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesFixTest {
    @TempDir
    Path dir;

    @BeforeEach
    void backups(@TempDir Path backups) {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void noBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    /** What {@code fix --kinds names} does to one page: the fixed text, saved; false when nothing changed. */
    static boolean fixNames(Path file) throws Exception {
        ArchiveDocument doc = ArchiveReader.read(file);
        FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, Site.around(file).orElse(null)), Checks.all(),
                FixEngine.selection(List.of("names")));
        if (!r.changed()) {
            return false;
        }
        String text = PageWriter.patched(doc, r.root(), doc.body());
        AtomicSave.save(doc, text, file);
        return !text.equals(doc.text());
    }

    @Test
    void fixAppliesWhatTheTitlesDecideOnlyOnThoseLinesAndASecondRunChangesNothing() throws Exception {
        Files.createDirectories(dir.resolve("_people"));
        try (var people = Files.list(Path.of("samples/_people"))) {
            for (Path p : people.toList()) {
                Files.copy(p, dir.resolve("_people").resolve(p.getFileName()));
            }
        }
        Path page = dir.resolve("book-of-the-week.md");
        Files.copy(Path.of("samples/book-of-the-week.md"), page);
        String before = Files.readString(page);
        assertTrue(fixNames(page));
        String after = Files.readString(page);
        List<String> removed = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(before.lines().toList(), after.lines().toList()).getDeltas()) {
            removed.addAll(d.getSource().getLines());
        }
        assertEquals(List.of("authors: [marianunez, Tomasz Kowalski]", "  - name: Maria Nunez",
                "  - name: \"mar\\xEDa n\\xFA\\xF1ez\"", "  - name: Maria Nunez"), removed);
        assertTrue(after.contains("N\\xFA\\xF1ez (she/her)"), "a suffix is a person's choice, not the site's");
        assertFalse(fixNames(page));
        assertEquals(after, Files.readString(page));
    }

    @Test
    void anAliasDecisionAppliesToEveryArchive() throws Exception {
        SiteFixture fixture = SiteFixture.with(dir, Map.of("marianunez", "María Núñez"));
        fixture.aliases("aliases:\n- name: María Núñez\n  id: marianunez\n  replaces:\n  - Mari\n");
        Path own = fixture.page("_books/own.md", "[marianunez]", "- name: Ann Lee\n  text: q\n  replies:\n  - name: Mari\n    text: a\n");
        Path other = fixture.page("_books/other.md", "[someone]", "- name: Mari\n  text: Hi @Mari and Mari\n");
        Site site = fixture.site();
        List<Problem> onOwn = NamesCheckTest.names(ArchiveReader.read(own), site);
        List<Problem> onOther = NamesCheckTest.names(ArchiveReader.read(other), site);
        assertEquals("names.author-mismatch -> María Núñez (safe)", NamesCheckTest.byName(onOwn).get("Mari"));
        assertEquals("names.variant -> María Núñez (safe)", NamesCheckTest.byName(onOther).get("Mari"));
        assertTrue(fixNames(own));
        assertTrue(fixNames(other));
        assertTrue(Files.readString(other).contains("text: Hi @María Núñez and Mari"), Files.readString(other));
        assertFalse(fixNames(own));
        assertFalse(fixNames(other));
    }

    @Test
    void anAuthorsRawNameBecomesTheIdOnlyWhenOnePageHasThatTitle() throws Exception {
        SiteFixture fixture = SiteFixture.with(dir, Map.of("annlee", "Ann Lee", "bochen", "Bo Chen", "bochen2", "Bo Chen"));
        Path page = fixture.page("_books/a.md", "[ann lee, Bo Chen, Cy Dee, nopage]", "- name: Ann Lee\n  text: q\n");
        List<Problem> ids = NamesCheckTest.names(ArchiveReader.read(page), fixture.site()).stream()
                .filter(p -> p.kind() == Kind.AUTHOR_ID).toList();
        assertEquals(4, ids.size());
        assertEquals("annlee", ids.get(0).fix().after());
        assertTrue(ids.get(0).safelyFixable());
        assertTrue(ids.subList(1, 4).stream().noneMatch(Problem::safelyFixable));
        assertTrue(ids.get(3).message().contains("has no _people/nopage.md"), ids.get(3).message());
        assertTrue(fixNames(page));
        assertTrue(Files.readString(page).contains("authors: [annlee, Bo Chen, Cy Dee, nopage]"));
    }
}
