package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check family looks only at the pages of the kinds it is for; the site's settings pick what is reported. */
class PageKindsTest {
    @TempDir
    Path root;

    /** Book-shaped faults: a raw author name, an empty reply, a bad end date, an untidy links list, escapes, entities. */
    private static final String BOOKISH = """
            ---
            title: "Caf\\xE9 &amp; data"
            start: 2022-03-21 00:00:00
            end: 2022-03-20 00:00:00
            authors: [Some Raw Name]
            links:
            - text: Page
            archive:
            - name: Ada
              text: ''
            ---
            """;

    private static final String EPISODE = """
            ---
            title: 'Data &amp; more'
            season: 1
            guests:
            - ada
            ids:
              anchor: Data-More-e1
              youtube: 0Gqx1LtqRZU
            links:
              anchor: https://anchor.fm/club/episodes/Data-More-e1
              apple: TODO
              spotify: https://open.spotify.com/episode/3LhBOO1UANCGbOwkntZt4j
              youtube:
            ---
            """;

    private Path write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<Problem> check(Path file) {
        ArchiveDocument doc = ArchiveReader.read(file);
        return Checks.run(CheckContext.of(doc, Site.around(file).orElse(null)));
    }

    private static Map<String, Integer> byKind(List<Problem> found) {
        Map<String, Integer> out = new TreeMap<>();
        found.forEach(p -> out.merge(p.kind().id(), 1, Integer::sum));
        return out;
    }

    @Test
    void aBookGetsTheBookChecks() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        Map<String, Integer> found = byKind(check(write("_books/20220321-cafe.md", BOOKISH)));
        for (String k : List.of("names.author-id", "content.empty-text", "content.dates", "links.list-entry",
                "encoding.escaped-unicode", "encoding.html-entity")) {
            assertTrue(found.containsKey(k), k + " in " + found);
        }
    }

    @Test
    void episodesPeopleAndOtherPagesGetOnlyTheTextChecks() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        for (String folder : List.of("_podcast", "_people", "_conferences")) {
            Map<String, Integer> found = byKind(check(write(folder + "/20220321-cafe.md", BOOKISH)));
            Map<String, Integer> text = new TreeMap<>(Map.of("encoding.escaped-unicode", 1, "encoding.html-entity", 1));
            if (folder.equals("_podcast")) {
                text.put("links.list-entry", 1); // an episode's links: is a mapping, not this list
            }
            assertEquals(text, found, folder);
        }
    }

    @Test
    void anEpisodesLinksAreAMappingOfPlatformToUrl() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        List<Problem> found = check(write("_podcast/data-and-more.md", EPISODE)).stream()
                .filter(p -> p.kind() == Kind.LIST_ENTRY).toList();
        assertEquals(List.of("links.apple", "links.youtube"), found.stream().map(Problem::where).toList());
        assertEquals("the apple link is not an absolute http(s) URL (TODO)", found.get(0).message());
        assertEquals("the youtube link is empty", found.get(1).message());
        Path list = write("_podcast/listed.md", "---\ntitle: T\nlinks:\n- text: a\n  link: https://a.example\n---\n");
        assertEquals(List.of("links: is not a mapping of platform to URL"),
                check(list).stream().filter(p -> p.kind() == Kind.LIST_ENTRY).map(Problem::message).toList());
    }

    @Test
    void anEpisodeOutsideAnyCollectionIsKnownByItsKeys() throws Exception {
        List<Problem> found = check(write("copy/data-and-more.md", EPISODE));
        assertEquals(2, found.stream().filter(p -> p.kind() == Kind.LIST_ENTRY).count(), found.toString());
    }

    @Test
    void theHouseStyleIsReportedOnlyWhenTheSiteAsksOrTheKindIsNamed() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        Path page = write("_books/20220321-cafe.md", "---\ntitle:    \"Spaced\"\n---\n");
        assertTrue(check(page).stream().noneMatch(p -> p.kind() == Kind.FORMAT_STYLE));
        ArchiveDocument doc = ArchiveReader.read(page);
        List<Problem> named = Checks.run(new CheckContext(doc, doc.root(), Site.around(page).orElseThrow(),
                k -> k == Kind.FORMAT_STYLE));
        assertEquals(List.of(Kind.FORMAT_STYLE), named.stream().map(Problem::kind).toList());
        write(".archivist.yml", "house-style: true\n");
        assertTrue(check(page).stream().anyMatch(p -> p.kind() == Kind.FORMAT_STYLE));
    }

    @Test
    void skippedKindsAreNeitherReportedNorFixed() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        write(".archivist.yml", "skip: [encoding.html-entity, content]\n");
        Path page = write("_books/20220321-cafe.md", BOOKISH);
        Map<String, Integer> found = byKind(check(page));
        assertTrue(!found.containsKey("encoding.html-entity") && !found.containsKey("content.dates"), found.toString());
        Site site = Site.around(page).orElseThrow();
        ArchiveDocument doc = ArchiveReader.read(page);
        FixEngine.Result fixed = FixEngine.apply(CheckContext.of(doc, site), Checks.all(), FixEngine.selection(List.of(), site));
        assertTrue(fixed.applied().stream().noneMatch(p -> p.kind() == Kind.HTML_ENTITY), fixed.applied().toString());
        FixEngine.Result named = FixEngine.apply(CheckContext.of(doc, site), Checks.all(),
                FixEngine.selection(List.of("encoding.html-entity"), site));
        assertEquals(List.of(Kind.HTML_ENTITY), named.applied().stream().map(Problem::kind).toList());
    }

    @Test
    void theSitesCustomEmojiAreKnownAliases() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        String page = "---\narchive:\n- name: Ada\n  text: 'Thanks :thank_you: :heart:'\n---\n";
        Path file = write("_books/20220321-thanks.md", page);
        List<Problem> before = check(file).stream().filter(p -> p.kind() == Kind.EMOJI_SHORTCODE).toList();
        assertEquals(2, before.size(), "one fix, one custom emoji reported: " + before);
        write(".archivist.yml", "emoji:\n  thank_you: \"🙏\"\n");
        List<Problem> after = check(file).stream().filter(p -> p.kind() == Kind.EMOJI_SHORTCODE).toList();
        assertEquals(1, after.size(), after.toString());
        assertTrue(after.get(0).fix() != null && after.get(0).message().contains(":thank_you:"), after.toString());
        Site site = Site.around(file).orElseThrow();
        FixEngine.Result fixed = FixEngine.apply(CheckContext.of(ArchiveReader.read(file), site), Checks.all(),
                FixEngine.selection(List.of("encoding"), site));
        assertEquals("Thanks 🙏 ❤️", fixed.root().get("archive").map(a -> ((dev.archivist.model.YSequence) a).get(0))
                .map(t -> ((dev.archivist.model.YMapping) t).text("text")).orElseThrow());
    }
}
