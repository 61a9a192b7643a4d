package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesCheckTest {
    private static final Path SAMPLE = Path.of("samples/book-of-the-week.md");

    @TempDir
    Path dir;

    static List<Problem> names(ArchiveDocument doc, Site site) {
        return new NamesCheck().check(CheckContext.of(doc, site));
    }

    /** Problems on name fields by spelling: kind, after, safe. */
    static Map<String, String> byName(List<Problem> problems) {
        return problems.stream().filter(p -> p.where().endsWith(".name"))
                .collect(Collectors.toMap(p -> p.fix().before(),
                        p -> p.kind().id() + " -> " + p.fix().after() + (p.fix().safe() ? " (safe)" : ""), (a, b) -> a));
    }

    @Test
    void theSampleAuthorsVariantsAreFoundAndOnlyTitleMatchesAreSafe() {
        List<Problem> problems = names(ArchiveReader.read(SAMPLE), Site.around(SAMPLE).orElseThrow());
        assertEquals(Map.of(
                "Maria Nunez", "names.author-mismatch -> María Núñez (safe)",
                "maría núñez", "names.author-mismatch -> María Núñez (safe)",
                "María Núñez (she/her)", "names.author-mismatch -> María Núñez",
                "Mari", "names.author-mismatch -> María Núñez",
                "Tomasz", "names.author-mismatch -> Tomasz Kowalski",
                "Ada O.", "names.variant -> Ada Okafor"), byName(problems));
        Problem id = problems.stream().filter(p -> p.kind() == Kind.AUTHOR_ID).findFirst().orElseThrow();
        assertEquals("authors[1]", id.where());
        assertEquals("tomaszkowalski", id.fix().after());
        assertTrue(id.safelyFixable());
    }

    @Test
    void verdictsTellANamesViewWhoEachSpellingIs() {
        List<NameVerdict> verdicts = NamesCheck.verdicts(CheckContext.of(ArchiveReader.read(SAMPLE),
                Site.around(SAMPLE).orElseThrow()));
        NameVerdict mari = verdicts.stream().filter(v -> v.spelling().equals("Mari")).findFirst().orElseThrow();
        assertEquals("María Núñez", mari.canonical());
        assertEquals("a first name alone", mari.how());
        assertTrue(mari.author());
        assertFalse(mari.confirmed());
        assertEquals("marianunez", mari.owner().personId());
        assertTrue(mari.owner().spellings().containsAll(List.of("María Núñez", "Maria Nunez", "maría núñez")));
    }

    @Test
    void outsideASiteThePageIsClusteredAlone() throws Exception {
        Path page = dir.resolve("page.md");
        Files.copy(SAMPLE, page);
        List<Problem> problems = names(ArchiveReader.read(page), null);
        assertTrue(problems.stream().noneMatch(p -> p.kind() == Kind.AUTHOR_ID));
        // the id marianunez still reads as María Núñez, so she is known as the author
        assertEquals("names.author-mismatch -> María Núñez", byName(problems).get("Maria Nunez"));
        assertTrue(problems.stream().noneMatch(Problem::safelyFixable), "nothing is decided without a site");
    }

    @Test
    void mentionsFollowTheNameButUrlsAndCodeDoNot() throws Exception {
        SiteFixture site = SiteFixture.with(dir, Map.of("sergmasis", "Serg Masis"));
        Path page = site.page("_books/a.md", "[sergmasis]", """
                - name: Ann Lee
                  text: "Hi Serg Mas\\xEDs, see `Serg Mas\\xEDs` and https://x.org/Serg Mas\\xEDs"
                  replies:
                  - name: "Serg Mas\\xEDs"
                    text: Thanks
                """);
        List<Problem> problems = names(ArchiveReader.read(page), site.site());
        Problem mention = problems.stream().filter(p -> p.where().equals("archive[0].text")).findFirst().orElseThrow();
        assertEquals(Kind.AUTHOR_MISMATCH, mention.kind());
        assertTrue(mention.safelyFixable());
        FixEngine.Result r = FixEngine.apply(CheckContext.of(ArchiveReader.read(page), site.site()),
                List.of(new NamesCheck()), k -> k.group().equals("names"));
        assertEquals("Hi Serg Masis, see `Serg Masís` and https://x.org/Serg Masís", value(r.root(), "archive[0].text"));
        assertEquals("Serg Masis", value(r.root(), "archive[0].replies[0].name"));
    }

    static String value(YMapping root, String path) {
        return YamlPath.parse(path).find(root).map(n -> ((YScalar) n).value()).orElseThrow();
    }

    @Test
    void plainFixLeavesNamesToBeAskedFor() {
        for (Kind k : Kind.values()) {
            if (k.group().equals("names")) {
                assertTrue(k.onRequest(), k.id());
                assertFalse(FixEngine.selection(null).test(k), k.id());
                assertTrue(FixEngine.selection(List.of("names")).test(k), k.id());
            }
        }
    }

    @Test
    void checksIncludeTheNamesFamily() {
        assertTrue(Checks.all().stream().anyMatch(NamesCheck.class::isInstance));
    }
}
