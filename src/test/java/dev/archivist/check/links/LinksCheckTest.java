package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinksCheckTest {
    private static final String PAGE = """
            ---
            title: Test Book
            cover: images/books/test/cover.jpg
            image: images/books/test/preview.jpg
            links:
              - text: ' Book page '
                link: https://www.example-press.com/books/test?utm_source=slack&amp;utm_medium=chat
              - text: Amazon
                link: http://www.amazon.com/dp/1098765432/ref=sr_1_1?qid=1&sr=8-1
              - link: https://github.com/test/code
              - text: Code
                link: https://github.com/test/code/
              - text: Publisher
                link: www.example-press.com
                rel: publisher
            archive:
            - name: Ana
              text: 'see [https://x.example/?fbclid=1](https://x.example/?fbclid=1)'
              replies:
              - name: Ben
                text: "hi <@U0123ABC>, ask in <#C0123ABC|general>"
              - name: Cleo
                text: 'I did the [fast.ai](http://fast.ai) course, see `https://c.example/?utm_source=x`'
            - name: Dev
              text: "cut: [https://g.example/a/[\\u2026]/b.py](https://g.example/a/long/b.py)"
            ---
            Body text.
            """;

    private static ArchiveDocument page() {
        return ArchiveReader.read(Path.of("20220321-test.md"), PAGE.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(ArchiveDocument doc, Site site) {
        return Checks.run(new CheckContext(doc, doc.root(), site), List.of(new LinksCheck()));
    }

    private static List<String> found(List<Problem> problems) {
        return problems.stream().map(p -> p.kind().id() + " " + p.where()).toList();
    }

    @Test
    void eachProblemIsReportedWithItsKindAndPlace() {
        List<String> found = found(problems(page(), null));
        assertEquals(List.of(
                "links.link-text links[0].text",
                "links.entity-in-url links[0].link",
                "links.tracking-params links[0].link",
                "links.insecure-http links[1].link",
                "links.tracking-params links[1].link",
                "links.list-entry links[2]",
                "links.list-entry links[3]",
                "links.list-entry links[4]",
                "links.tracking-params archive[0].text",
                "links.url-as-text archive[0].text",
                "links.slack-markup archive[0].replies[0].text",
                "links.slack-markup archive[0].replies[0].text",
                "links.bare-domain archive[0].replies[1].text",
                "links.link-text archive[1].text"), found);
    }

    @Test
    void problemsCarryTheLineAndColumnOfTheirValue() {
        Problem p = problems(page(), null).stream().filter(x -> x.kind() == Kind.URL_AS_TEXT).findFirst().orElseThrow();
        assertEquals(YamlPath.parse("archive[0].text"), p.path());
        assertEquals(18, p.line());
        assertEquals(9, p.column());
    }

    @Test
    void whatOnlyAPersonCanDecideHasNoSafeFix() {
        List<Problem> all = problems(page(), null);
        for (Kind k : List.of(Kind.INSECURE_HTTP, Kind.BARE_DOMAIN, Kind.LIST_ENTRY)) {
            assertTrue(all.stream().filter(p -> p.kind() == k).noneMatch(Problem::safelyFixable), k.id());
        }
        Problem mention = all.stream().filter(p -> p.message().contains("<@U0123ABC>")).findFirst().orElseThrow();
        assertNull(mention.fix());
        Problem bare = all.stream().filter(p -> p.kind() == Kind.BARE_DOMAIN).findFirst().orElseThrow();
        assertEquals("fast.ai", bare.fix().after());
        Problem cut = all.stream().filter(p -> p.where().equals("archive[1].text")).findFirst().orElseThrow();
        assertEquals("<https://g.example/a/long/b.py>", cut.fix().after());
        assertFalse(cut.fix().safe());
    }

    @Test
    void fixingAppliesEverySafeLinkFixAndNothingElse() {
        ArchiveDocument doc = page();
        FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, null), List.of(new LinksCheck()), k -> true);
        assertEquals("Book page", text(r, "links[0].text"));
        assertEquals("https://www.example-press.com/books/test", text(r, "links[0].link"));
        assertEquals("http://www.amazon.com/dp/1098765432", text(r, "links[1].link"));
        assertEquals("see <https://x.example/>", text(r, "archive[0].text"));
        assertEquals("hi <@U0123ABC>, ask in #general", text(r, "archive[0].replies[0].text"));
        assertEquals("I did the [fast.ai](http://fast.ai) course, see `https://c.example/?utm_source=x`",
                text(r, "archive[0].replies[1].text"));
    }

    @Test
    void missingCoverOrImageIsReportedWhenTheSiteIsKnown(@TempDir Path site) throws IOException {
        Files.createDirectories(site.resolve("_people"));
        Path cover = site.resolve("images/books/test/cover.jpg");
        Files.createDirectories(cover.getParent());
        Files.write(cover, new byte[] {1});
        List<Problem> all = problems(page(), Site.open(site));
        List<Problem> missing = all.stream().filter(p -> p.kind() == Kind.MISSING_FILE).toList();
        assertEquals(1, missing.size());
        assertEquals("image", missing.get(0).where());
        assertEquals(4, missing.get(0).line());
    }

    @Test
    void withoutASiteFilesAreNotChecked() {
        assertTrue(problems(page(), null).stream().noneMatch(p -> p.kind() == Kind.MISSING_FILE));
    }

    @Test
    void aPageWithoutLinksHasNoLinkProblems() {
        String page = "---\ntitle: x\narchive:\n- name: a\n  text: no links here &amp; none [at all]\n  replies: []\n---\n";
        ArchiveDocument doc = ArchiveReader.read(Path.of("x.md"), page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), problems(doc, null));
    }

    @Test
    void linksThatAreNotAListAreOneProblem() {
        String page = "---\ntitle: x\nlinks: https://example.org\n---\n";
        ArchiveDocument doc = ArchiveReader.read(Path.of("x.md"), page.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("links.list-entry links"), found(problems(doc, null)));
    }

    @Test
    void theLinksCheckIsRegistered() {
        assertTrue(Checks.all().stream().anyMatch(LinksCheck.class::isInstance));
        assertTrue(Checks.all().stream().noneMatch(OnlineLinksCheck.class::isInstance), "it needs the answers of a run");
    }

    private static String text(FixEngine.Result r, String path) {
        return YamlPath.parse(path).find(r.root()).map(n -> ((YScalar) n).value()).orElse(null);
    }
}
