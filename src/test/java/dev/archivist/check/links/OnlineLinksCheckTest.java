package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The online kinds from a run's answers, at the places the URLs are written, and their fixes. */
class OnlineLinksCheckTest {
    private static final String COPY = "https://web.archive.org/web/2020/https://example.org/gone";
    private static final String PAGE = """
            ---
            title: t
            cover: https://example.org/cover.jpg
            links:
              - text: Book
                link: https://example.org/moved
            quotableClips:
            - name: c
              url: https://example.org/gone
            archive:
            - name: a
              text: |-
                first line
                see [the page](https://example.org/moved) and <https://example.org/gone>
                last line https://example.org/ok and https://example.org/unknown
              replies:
              - name: b
                text: fine https://example.org/cover.jpg
            ---
            """;

    private static final Map<String, LinkResult> ANSWERS = Map.of(
            "https://example.org/moved", new LinkResult("https://example.org/moved", LinkResult.Status.REDIRECTED, 200,
                    "https://example.org/new", null, null, Instant.now(), false),
            "https://example.org/gone", new LinkResult("https://example.org/gone", LinkResult.Status.BROKEN, 404,
                    null, COPY, "answers 404", Instant.now(), false),
            "https://example.org/ok", new LinkResult("https://example.org/ok", LinkResult.Status.OK, 200,
                    null, null, null, Instant.now(), false),
            "https://example.org/cover.jpg", LinkResult.notChecked("https://example.org/cover.jpg", "excluded by cover",
                    Instant.now()));

    private static ArchiveDocument page() {
        return ArchiveReader.read(Path.of("x.md"), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyWrittenUrlIsAskedOnce() {
        assertEquals(Set.of("https://example.org/cover.jpg", "https://example.org/moved", "https://example.org/gone",
                "https://example.org/ok", "https://example.org/unknown"), OnlineLinksCheck.urls(page().root()));
    }

    @Test
    void eachAnswerIsReportedWhereItsUrlIsWritten() {
        List<Problem> found = Checks.run(CheckContext.of(page(), null), List.of(new OnlineLinksCheck(ANSWERS)));
        assertEquals(List.of(
                "links.redirect links[0].link 6:11 the link https://example.org/moved redirects permanently to https://example.org/new",
                "links.archived quotableClips[0].url 9:8 the link https://example.org/gone is broken; an archived copy answers: " + COPY,
                "links.broken quotableClips[0].url 9:8 the link https://example.org/gone is broken: answers 404",
                "links.archived archive[0].text 12:9 the link https://example.org/gone is broken; an archived copy answers: " + COPY,
                "links.broken archive[0].text 12:9 the link https://example.org/gone is broken: answers 404",
                "links.redirect archive[0].text 12:9 the link https://example.org/moved redirects permanently to https://example.org/new"),
                found.stream().map(p -> p.kind().id() + " " + p.where() + " " + p.line() + ":" + p.column() + " "
                        + p.message()).toList());
        assertTrue(found.stream().filter(p -> p.kind() != Kind.BROKEN).allMatch(Problem::safelyFixable));
    }

    @Test
    void aPlainFixMovesRedirectedLinksAndLeavesBrokenOnesToBeAskedFor() {
        ArchiveDocument doc = page();
        FixEngine.Result fixed = FixEngine.apply(CheckContext.of(doc, null), List.of(new OnlineLinksCheck(ANSWERS)),
                FixEngine.selection(null));
        assertEquals("https://example.org/new", text(fixed, "links[0].link"));
        assertEquals("first line\nsee [the page](https://example.org/new) and <https://example.org/gone>\n"
                + "last line https://example.org/ok and https://example.org/unknown", text(fixed, "archive[0].text"));
        assertEquals("https://example.org/gone", text(fixed, "quotableClips[0].url"));
    }

    @Test
    void theArchivedCopyIsWrittenWhenAskedFor() {
        ArchiveDocument doc = page();
        FixEngine.Result fixed = FixEngine.apply(CheckContext.of(doc, null), List.of(new OnlineLinksCheck(ANSWERS)),
                FixEngine.selection(List.of("links.archived")));
        assertEquals(COPY, text(fixed, "quotableClips[0].url"));
        assertEquals("first line\nsee [the page](https://example.org/moved) and <" + COPY + ">\n"
                + "last line https://example.org/ok and https://example.org/unknown", text(fixed, "archive[0].text"));
        assertEquals("https://example.org/moved", text(fixed, "links[0].link"));
    }

    private static String text(FixEngine.Result r, String path) {
        return YamlPath.parse(path).find(r.root()).map(n -> ((YScalar) n).value()).orElse(null);
    }
}
