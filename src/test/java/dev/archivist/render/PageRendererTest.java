package dev.archivist.render;

import static dev.archivist.render.HtmlAssertions.assertNothingLive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.BookArchive.Link;
import dev.archivist.model.BookArchive.Message;
import dev.archivist.model.BookArchive;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book page: header, body, links, then the questions and answers. */
class PageRendererTest {

    private final PageRenderer renderer = new PageRenderer();

    @TempDir
    Path dir;

    private BookArchive sample() {
        return Books.book("Interpretable ML &amp; Python", List.of("sergmasis", "Alfredo Deza"),
                List.of(new Link("Book's page", "https://www.packtpub.com/x")),
                List.of(Books.thread(0, "Carsten", "Is it *embedded*?", "Serg Mas\u00EDs", "Hi Carsten.\nYes."),
                        Books.thread(1, "Shankar", "Another one")));
    }

    @Test
    void pageIsOneStandaloneDocumentInSiteOrder() throws IOException {
        Site site = Site.open(Books.site(dir));
        String html = renderer.renderPage(sample(), "The book's *body*.", site);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.endsWith("</html>\n"));
        assertTrue(html.contains("<style>\n:root"), "stylesheet inline");
        String[] order = {"<h1>Interpretable ML &amp; Python</h1>", "<p class=\"byline\">by ",
            "The book of the week from 19 Jul 2021 to 23 Jul 2021", "<img class=\"cover\"",
            "<p>The book\u2019s <em>body</em>.</p>", "<a href=\"https://www.packtpub.com/x\">Book&#39;s page</a>",
            "<h2>Questions and Answers</h2>", "id=\"thread-0\"", "id=\"thread-1\""};
        int at = -1;
        for (String part : order) {
            int next = html.indexOf(part);
            assertTrue(next > at, "expected after the previous part: " + part + "\n" + html);
            at = next;
        }
        assertNothingLive(html);
    }

    @Test
    void authorsShowTheirPeoplePageTitleLinkedToThePage() throws IOException {
        Site site = Site.open(Books.site(dir));
        String html = renderer.renderPage(sample(), "", site);
        String page = dir.toRealPath().resolve("_people/sergmasis.md").toUri().toString();
        assertTrue(html.contains("by <a class=\"author\" href=\"" + page + "\">Serg Mas\u00EDs</a>, "), html);
    }

    @Test
    void authorWithoutPeoplePageShowsTheRawIdUnlinked() throws IOException {
        String html = renderer.renderPage(sample(), "", Site.open(Books.site(dir)));
        assertTrue(html.contains(", <span class=\"author unknown\">Alfredo Deza</span></p>"), html);
    }

    @Test
    void withoutASiteAuthorsAreIdsAndThereIsNoCover() {
        String html = renderer.renderPage(sample(), "", null);
        assertTrue(html.contains("by <span class=\"author unknown\">sergmasis</span>"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void coverIsAFileUrlInsideTheSiteRoot() throws IOException {
        Site site = Site.open(Books.site(dir));
        String html = renderer.renderPage(Books.withCover("images/books/x/cover.jpg"), "", site);
        String url = dir.toRealPath().resolve("images/books/x/cover.jpg").toUri().toString();
        assertTrue(html.contains("<img class=\"cover\" src=\"" + url + "\" alt=\"Cover of A Book\">"), html);
    }

    @Test
    void missingCoverHasNoImage() throws IOException {
        Site site = Site.open(Books.site(dir));
        assertFalse(renderer.renderPage(Books.withCover("images/books/y/cover.jpg"), "", site).contains("<img"));
        assertFalse(renderer.renderPage(Books.withCover(null), "", site).contains("<img"));
    }

    @Test
    void coverOutsideTheSiteRootHasNoImage() throws IOException {
        Site site = Site.open(Books.site(dir.resolve("site")));
        Books.site(dir.resolve("other"));
        assertFalse(renderer.renderPage(Books.withCover("../other/images/books/x/cover.jpg"), "", site).contains("<img"));
    }

    @Test
    void threadNameIsBoldThenTextThenIndentedReplies() {
        String html = renderer.renderThread(sample().threads().get(0), 0, null);
        assertEquals("<article class=\"thread\" id=\"thread-0\">\n"
                + "<div class=\"message\"><p class=\"name\"><strong>Carsten</strong></p>\n"
                + "<div class=\"text\">\n<p>Is it <em>embedded</em>?</p>\n</div>\n</div>\n"
                + "<div class=\"replies\">\n"
                + "<div class=\"message reply\" id=\"thread-0-reply-0\"><p class=\"name\"><strong>Serg Mas\u00EDs</strong></p>\n"
                + "<div class=\"text\">\n<p>Hi Carsten.<br />\nYes.</p>\n</div>\n</div>\n"
                + "</div>\n</article>\n", html);
    }

    @Test
    void threadWithoutTextOrRepliesIsJustItsName() {
        String html = renderer.renderThread(new Message(null, "Ann", null, List.of()), 7, null);
        assertEquals("<article class=\"thread\" id=\"thread-7\">\n<div class=\"message\"><p class=\"name\">"
                + "<strong>Ann</strong></p>\n</div>\n</article>\n", html);
    }

    @Test
    void rangeRendersOnlyThoseThreadsInOrder() {
        List<Message> threads = Books.threads(100);
        String html = renderer.renderThreads(threads, 40, 90, null);
        assertFalse(html.contains("id=\"thread-39\""));
        assertFalse(html.contains("id=\"thread-90\""));
        int at = -1;
        for (int i = 40; i < 90; i++) {
            int next = html.indexOf("<article class=\"thread\" id=\"thread-" + i + "\">");
            assertTrue(next > at, "thread " + i + " in order");
            at = next;
        }
    }

    @Test
    void rangeIsClampedToTheThreads() {
        List<Message> threads = Books.threads(3);
        assertEquals(renderer.renderThreads(threads, 0, 3, null), renderer.renderThreads(threads, -5, 99, null));
        assertEquals("", renderer.renderThreads(threads, 3, 10, null));
    }

    @Test
    void pageCanShowItsFirstThreadsOnly() {
        String html = renderer.renderPage(Books.withThreads(Books.threads(50)), "", null, 10);
        assertTrue(html.contains("id=\"thread-9\"") && !html.contains("id=\"thread-10\""));
        assertTrue(html.contains("<section class=\"qa\" id=\"threads\">"));
    }

    @Test
    void wholePageEqualsHeaderPlusEveryRange() {
        List<Message> threads = Books.threads(70);
        String whole = renderer.renderPage(Books.withThreads(threads), "", null);
        String parts = renderer.renderThreads(threads, 0, 35, null) + renderer.renderThreads(threads, 35, 70, null);
        assertTrue(whole.contains(parts));
    }

    @Test
    void pageWithoutThreadsOrLinksHasNoSuchSections() {
        String html = renderer.renderPage(Books.withCover(null), null, null);
        assertFalse(html.contains("Questions and Answers"));
        assertFalse(html.contains("class=\"links\""));
    }
}
