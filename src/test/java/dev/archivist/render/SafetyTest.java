package dev.archivist.render;

import static dev.archivist.render.HtmlAssertions.assertNothingLive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.BookArchive.Link;
import dev.archivist.model.BookArchive;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an archive holds, the preview never runs script nor loads anything from outside. */
class SafetyTest {

    private final PageRenderer renderer = new PageRenderer();

    @TempDir
    Path dir;

    @Test
    void scriptInTextNeverRuns() {
        String html = renderer.renderText("<script>alert(1)</script>", null);
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n", html);
    }

    @Test
    void scriptOnItsOwnLinesDoesNotSwallowTheMarkdownAfterIt() {
        String html = renderer.renderText("<script>\nalert(1)\n</script>\n*after*", null);
        assertTrue(html.contains("<em>after</em>"), html);
        assertNothingLive(html);
    }

    @Test
    void onerrorAttributeNeverRuns() {
        String html = renderer.renderText("<img src=x onerror=alert(1)>", null);
        assertEquals("<p>&lt;img src=x onerror=alert(1)&gt;</p>\n", html);
    }

    @Test
    void iframeIsShownAsText() {
        String html = renderer.renderText("<iframe src=\"https://evil.example\"></iframe>", null);
        assertTrue(html.startsWith("<p>&lt;iframe"), html);
        assertNothingLive(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](jav&#x61;script:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click]( javascript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](vbscript:x)",
        "[click](file:///etc/passwd)",
        "[click][r]\n\n[r]: javascript:alert(1)",
    })
    void javascriptLinkRendersAsText(String text) {
        String html = renderer.renderText(text, null);
        assertFalse(html.contains("<a"), html);
        assertTrue(html.contains("click"), html);
        assertNothingLive(html);
    }

    @Test
    void javascriptAutolinkRendersAsText() {
        String html = renderer.renderText("<javascript:alert(1)>", null);
        assertFalse(html.contains("<a"), html);
        assertNothingLive(html);
    }

    @Test
    void relativeLinkRendersAsText() {
        assertEquals("<p>page</p>\n", renderer.renderText("[page](/books/other.html)", null));
    }

    @Test
    void webAndMailLinksSurvive() {
        String html = renderer.renderText("[a](https://a.org) [b](http://b.org) [c](mailto:c@c.org)", null);
        assertTrue(html.contains("href=\"https://a.org\"") && html.contains("href=\"http://b.org\"")
                && html.contains("href=\"mailto:c@c.org\""), html);
    }

    @Test
    void quoteInLinkCannotBreakOutOfTheAttribute() {
        String html = renderer.renderText("[x](https://a.org/\"onmouseover=\"alert(1))", null);
        assertNothingLive(html);
    }

    @Test
    void imageInsideSiteRootUsesFileUrl() throws IOException {
        Site site = Site.open(Books.site(dir));
        String html = renderer.renderText("![cover](images/books/x/cover.jpg)", site);
        String url = dir.toRealPath().resolve("images/books/x/cover.jpg").toUri().toString();
        assertEquals("<p><img src=\"" + url + "\" alt=\"cover\" /></p>\n", html);
    }

    @Test
    void imageOutsideSiteRootIsDropped() throws IOException {
        Path root = Books.site(dir.resolve("site"));
        Files.write(dir.resolve("secret.jpg"), new byte[] {1});
        Site site = Site.open(root);
        for (String ref : List.of("../secret.jpg", dir.resolve("secret.jpg").toUri().toString(), "/../secret.jpg")) {
            String html = renderer.renderText("![secret](" + ref + ")", site);
            assertEquals("<p>secret</p>\n", html, ref);
        }
    }

    @Test
    void imageThroughSymlinkOutOfSiteRootIsDropped() throws IOException {
        Path root = Books.site(dir.resolve("site"));
        Files.write(dir.resolve("secret.jpg"), new byte[] {1});
        try {
            Files.createSymbolicLink(root.resolve("images/link.jpg"), dir.resolve("secret.jpg"));
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        assertEquals("<p>secret</p>\n", renderer.renderText("![secret](images/link.jpg)", Site.open(root)));
    }

    @Test
    void missingImageIsDropped() throws IOException {
        Site site = Site.open(Books.site(dir));
        assertEquals("<p>gone</p>\n", renderer.renderText("![gone](images/none.jpg)", site));
    }

    @Test
    void webImageBecomesALinkAndLoadsNothing() {
        String html = renderer.renderText("![chart](https://x.org/chart.png)", null);
        assertEquals("<p><a rel=\"nofollow\" href=\"https://x.org/chart.png\">chart</a></p>\n", html);
    }

    @Test
    void dataImageIsDropped() {
        assertEquals("<p>pixel</p>\n", renderer.renderText("![pixel](data:image/png;base64,iVBOR)", null));
    }

    @Test
    void markupInPlainFieldsShowsAsText() {
        BookArchive book = new BookArchive("<script>alert(1)</script> &amp; more", null, null, null,
                "<b>2021</b>", null, List.of("<img src=x onerror=alert(1)>"),
                List.of(new Link("<i>x</i>", "javascript:alert(1)"), new Link("ok", "https://ok.org/?a=1&amp;b=2")),
                List.of(Books.thread(0, "<b onclick=alert(1)>Eve</b>", "hi")), List.of());
        String html = renderer.renderPage(book, "<script>alert(2)</script>", null);
        assertNothingLive(html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>"), html);
        assertTrue(html.contains("<li>&lt;i&gt;x&lt;/i&gt;</li>"), html);
        assertTrue(html.contains("<a href=\"https://ok.org/?a=1&amp;b=2\">ok</a>"), html);
    }

    @Test
    void pageCarriesStrictContentSecurityPolicy() {
        String html = renderer.renderPage(Books.withThreads(List.of()), "", null);
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'none';"), html);
        assertFalse(PageRenderer.CONTENT_SECURITY_POLICY.contains("unsafe-eval"));
    }

    @Test
    void theCheckItselfCatchesLiveMarkup() {
        for (String live : List.of("<script>x</script>", "<p onclick=\"x\">", "<img src=x onerror=y>",
                "<a href=\"javascript:x\">", "<iframe>", "<img src=\"https://x.org/a.png\">")) {
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertNothingLive(live), live);
        }
    }
}
