package dev.archivist.render;

import dev.archivist.model.BookArchive;
import dev.archivist.model.PageKind;
import dev.archivist.model.PodcastEpisode;
import dev.archivist.model.YMapping;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.List;

/**
 * The preview of any page, by its kind: a book with {@link PageRenderer}, an episode and a
 * person as the site's layouts show them, any other page as its title and body. Every one is a
 * standalone document under the same rules as the book's (no script, the same
 * Content-Security-Policy, only web links, only images from inside the site root).
 *
 * <p>Thread-safe. A null {@link Site} means the page lies outside any site.
 */
public final class PagePreview {

    private final SiteMarkdown markdown = new SiteMarkdown();
    private final PageRenderer books = new PageRenderer();
    private final EpisodeRenderer episodes = new EpisodeRenderer(markdown);
    private final PersonRenderer people = new PersonRenderer(markdown);

    /**
     * The page at {@code file} (whose name gives a person's id), with front matter {@code root}
     * (null: none) and Markdown {@code body}, as one HTML document.
     */
    public String render(PageKind kind, Path file, YMapping root, String body, Site site) {
        YMapping front = root == null ? YMapping.of(List.of()) : root;
        return switch (kind) {
            case BOOK -> books.renderPage(BookArchive.of(front), body, site);
            case PODCAST -> episodes.page(PodcastEpisode.of(front, PsychScalars::shown), body, site);
            case PERSON -> people.page(file, front, body, site);
            case GENERIC -> plain(front, body, site);
        };
    }

    /** A page of no known kind: its title and its body. */
    private String plain(YMapping root, String body, Site site) {
        String title = root.text("title");
        StringBuilder html = new StringBuilder(16 * 1024);
        PreviewDocument.head(html, title, PreviewDocument.BASE_STYLES, PreviewDocument.PAGE_STYLES);
        html.append("<body>\n<main class=\"page\">\n<header>\n<h1>").append(Html.plain(title)).append("</h1>\n</header>\n")
                .append("<div class=\"body\">\n").append(markdown.body(body, site)).append("</div>\n");
        return PreviewDocument.end(html);
    }
}
