package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Over every page of the real site: episodes and people get no book problems, and no house style unless asked. */
class PageKindsCorpusTest {
    private static final Set<String> BOOK_ONLY_GROUPS = Set.of("content", "names");

    @TempDir
    Path dir;

    private static Path root() {
        Path root = TestPages.corpus();
        Assumptions.assumeTrue(root != null, "the corpus is not on this machine");
        return root;
    }

    private static List<Path> pages(Path root, String collection) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(collection))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void episodesAndPeopleGetNoBookProblemsAndNoPageTheHouseStyle() throws Exception {
        Path root = root();
        Site site = Site.open(root);
        int episodes = 0;
        int people = 0;
        for (String collection : List.of("_books", "_podcast", "_people")) {
            for (Path page : pages(root, collection)) {
                ArchiveDocument doc = ArchiveReader.read(page);
                if (!doc.parsed()) {
                    assertTrue(page.getFileName().toString().equals("_template.md"), "only the templates fail: " + page);
                    continue;
                }
                CheckContext context = CheckContext.of(doc, site);
                List<Problem> found = Checks.run(context);
                assertTrue(found.stream().noneMatch(p -> p.kind() == Kind.FORMAT_STYLE), page + ": nobody asked for the house style");
                if (context.kind() == PageKind.BOOK) {
                    continue;
                }
                episodes += context.kind() == PageKind.PODCAST ? 1 : 0;
                people += context.kind() == PageKind.PERSON ? 1 : 0;
                for (Problem p : found) {
                    assertTrue(!BOOK_ONLY_GROUPS.contains(p.kind().group()), page + ": a book's problem: " + p);
                }
                long listEntries = found.stream().filter(p -> p.kind() == Kind.LIST_ENTRY).count();
                assertEquals(notUrls(doc.root()), listEntries, page + ": list entries are links that are not URLs");
            }
        }
        assertTrue(episodes > 50 && people > 50, episodes + " episodes, " + people + " people");
    }

    /** How many of an episode's {@code links:} values are not http(s) URLs (a {@code TODO} left there). */
    private static long notUrls(YMapping root) {
        return root.get("links").filter(YMapping.class::isInstance).map(m -> ((YMapping) m).entries().stream()
                .map(YEntry::value).filter(v -> !(v instanceof YScalar s && s.value().startsWith("https://")))
                .count()).orElse(0L);
    }

    @Test
    void aSiteThatAsksForItsHouseStyleGetsFormatStyle() throws Exception {
        Path root = root();
        Path copy = Files.createDirectories(dir.resolve("site"));
        Files.copy(root.resolve("_config.yml"), copy.resolve("_config.yml"));
        List<Path> copied = new ArrayList<>();
        for (String collection : List.of("_books", "_podcast", "_people")) {
            Files.createDirectories(copy.resolve(collection));
            for (Path page : pages(root, collection).stream().filter(p -> !p.endsWith("_template.md")).limit(3).toList()) {
                copied.add(Files.copy(page, copy.resolve(collection).resolve(page.getFileName())));
            }
        }
        int expected = 0;
        int without = 0;
        for (Path page : copied) {
            ArchiveDocument doc = ArchiveReader.read(page);
            expected += new FormatCheck().check(CheckContext.of(doc, null)).size();
            without += count(page, Site.open(copy));
        }
        assertTrue(expected > 0, "some copied page is not in the house style");
        assertEquals(0, without);
        Files.writeString(copy.resolve(".archivist.yml"), "house-style: true\n");
        int with = 0;
        for (Path page : copied) {
            with += count(page, Site.open(copy));
        }
        assertEquals(expected, with);
    }

    private static int count(Path page, Site site) {
        return (int) Checks.run(CheckContext.of(ArchiveReader.read(page), site)).stream()
                .filter(p -> p.kind() == Kind.FORMAT_STYLE).count();
    }
}
