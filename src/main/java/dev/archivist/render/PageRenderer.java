package dev.archivist.render;

import dev.archivist.model.BookArchive.Link;
import dev.archivist.model.BookArchive.Message;
import dev.archivist.model.BookArchive;
import dev.archivist.site.Site;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders a book archive as the site's book page: one standalone HTML document, stylesheet
 * inline, with nothing in it that can run (raw HTML escaped, only web links, only images from
 * inside the site root, a Content-Security-Policy that allows no script).
 *
 * <p>Thread-safe: one instance can serve every preview. A null {@link Site} means the page lies
 * outside any site: authors show as their ids and there is no cover. Threads carry
 * {@code id="thread-N"} anchors, N being the thread's index in {@code archive} (so
 * {@code archive[3]} is {@code thread-3}), and replies {@code thread-N-reply-M}.
 */
public final class PageRenderer {

    /** No script of any kind; images only from files; the inline stylesheet only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; "
            + "object-src 'none'; frame-src 'none'; img-src file:; style-src 'unsafe-inline'; "
            + "base-uri 'none'; form-action 'none'";

    private final SiteMarkdown markdown = new SiteMarkdown();
    private final ThreadRenderer threads = new ThreadRenderer(markdown);

    /** The whole page, every thread included. */
    public String renderPage(BookArchive book, String bodyMarkdown, Site site) {
        return renderPage(book, bodyMarkdown, site, Integer.MAX_VALUE);
    }

    /**
     * The page with only its first {@code threadLimit} threads, for showing a long archive
     * quickly; the rest can be appended to the element {@code id="threads"} with
     * {@link #renderThreads}.
     */
    public String renderPage(BookArchive book, String bodyMarkdown, Site site, int threadLimit) {
        StringBuilder html = new StringBuilder(64 * 1024);
        PreviewDocument.head(html, book.title(), PreviewDocument.BASE_STYLES);
        html.append("<body>\n<main class=\"book\">\n");
        BookHeader.append(html, book, site);
        html.append("<div class=\"body\">\n").append(markdown.body(bodyMarkdown, site)).append("</div>\n");
        links(html, book.links() == null ? List.of() : book.links());
        List<Message> all = book.threads() == null ? List.of() : book.threads();
        if (!all.isEmpty()) {
            html.append("<section class=\"qa\" id=\"threads\">\n<h2>Questions and Answers</h2>\n");
            html.append(threads.range(all, 0, threadLimit, site));
            html.append("</section>\n");
        }
        return PreviewDocument.end(html);
    }

    /** One thread as an HTML fragment ({@code <article id="thread-INDEX">}). */
    public String renderThread(Message thread, int index, Site site) {
        return threads.thread(thread, index, site);
    }

    /**
     * Threads {@code from} (inclusive) to {@code to} (exclusive) as one HTML fragment, in order;
     * the range is clamped to the list.
     */
    public String renderThreads(List<Message> threads, int from, int to, Site site) {
        return this.threads.range(threads, from, to, site);
    }

    /** One Markdown text as the site shows {@code text | newline_to_br | markdownify}. */
    public String renderText(String markdownText, Site site) {
        return markdown.text(markdownText, site);
    }

    /** The {@code links:} list; a link that is not to the web is shown as its text alone. */
    private static void links(StringBuilder html, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        html.append("<section class=\"links\">\n<h2>Links</h2>\n<ul>\n");
        for (Link link : links) {
            String text = Html.plain(link.text() == null || link.text().isBlank() ? link.link() : link.text());
            String url = link.link() == null ? null : StringEscapeUtils.unescapeHtml4(link.link());
            html.append("<li>").append(LinkPolicy.webLink(url)
                    .map(u -> "<a href=\"" + Html.escape(u) + "\">" + text + "</a>")
                    .orElse(text)).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }
}
