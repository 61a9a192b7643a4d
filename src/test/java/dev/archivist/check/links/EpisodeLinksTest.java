package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpisodeLinksTest {
    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: An episode\n" + yaml + "---\n\nNotes.\n");
        return file;
    }

    private static List<Problem> all(Path page) {
        return Checks.run(CheckContext.of(ArchiveReader.read(page), null));
    }

    private static List<String> of(List<Problem> problems, Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).map(Problem::where).toList();
    }

    @Test
    void aTodoLeftAsALinkOrIdIsReported() throws Exception {
        Path page = write("_podcast/e.md", """
                ids:
                  anchor: TODO
                  youtube: abc
                links:
                  apple: ' todo '
                  spotify: To Do
                  youtube: https://www.youtube.com/watch?v=abc
                  anchor: https://example.org/todo
                """);
        List<Problem> found = all(page);
        assertEquals(List.of("ids.anchor", "links.apple", "links.spotify"), of(found, Kind.PLACEHOLDER));
        assertTrue(found.stream().filter(p -> p.kind() == Kind.PLACEHOLDER).allMatch(p -> p.fix() == null));
        Path book = write("_books/b.md", "links:\n- text: TODO\n  link: TODO\n");
        assertTrue(of(all(book), Kind.PLACEHOLDER).isEmpty(), "a book's links are not an episode's");
    }

    @Test
    void aTranscriptLineIsHtmlNotMarkdown() throws Exception {
        Path page = write("_podcast/e.md", """
                transcript:
                - line: See <a href="https://x.org/a?b=1&amp;c=2">https://x.org/a?b=1&amp;c=2</a>, [https://y.org](https://y.org) &amp; more.
                  who: Ann
                - line: Read https://z.org/p?utm_source=slack&id=3. Or http://w.org
                  who: Bo
                quotableClips:
                - name: A &amp; B
                  startOffset: 5
                  url: https://www.youtube.com/watch?v=X&amp;t=5
                  endOffset: 9
                """);
        List<Problem> found = all(page);
        // an anchor's text that is its URL, &amp; in an href or in the text: how HTML is written
        assertTrue(of(found, Kind.URL_AS_TEXT).isEmpty(), found.toString());
        assertEquals(List.of("quotableClips[0].url"), of(found, Kind.ENTITY_IN_URL));
        assertEquals(List.of("quotableClips[0].name"), of(found, Kind.HTML_ENTITY), "a clip's name is no HTML");
        assertEquals(List.of("transcript[1].line"), of(found, Kind.TRACKING_PARAMS));
        assertEquals(List.of("transcript[1].line"), of(found, Kind.INSECURE_HTTP));
        Problem tracking = found.stream().filter(p -> p.kind() == Kind.TRACKING_PARAMS).findFirst().orElseThrow();
        YScalar fixed = (YScalar) tracking.path().find(tracking.fix().edit().apply(ArchiveReader.read(page).root())).orElseThrow();
        assertEquals("Read https://z.org/p?id=3. Or http://w.org", fixed.value());
    }

    @Test
    void urlsInAText() {
        assertEquals(List.of("https://a.org/x", "http://b.org"), EpisodeLinks.urlsIn("at https://a.org/x. and \"http://b.org\""));
        assertEquals("at https://A.org/x. ok", EpisodeLinks.rewrite("at https://a.org/x. ok", u -> u.replace("a.org", "A.org")));
        assertTrue(EpisodeLinks.isPlaceholder("TO DO"));
        assertTrue(!EpisodeLinks.isPlaceholder("todos"));
    }
}
