package dev.archivist.render;

import dev.archivist.model.PageKind;
import dev.archivist.model.PersonPage;
import dev.archivist.model.YMapping;
import dev.archivist.site.NamingPages;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.List;

/**
 * A person's page: their card (picture, name, id, profiles, short biography), the page's body
 * as Markdown, and the site's pages that name them (books by {@code authors:}, episodes by
 * {@code guests:}). The site's own person layout is not part of the site folder, so this follows
 * the guest cards of the episode layout.
 */
final class PersonRenderer {

    private final SiteMarkdown markdown;

    PersonRenderer(SiteMarkdown markdown) {
        this.markdown = markdown;
    }

    /** The page of the person whose id is the file's name without {@code .md}. */
    String page(Path file, YMapping root, String body, Site site) {
        String name = file.getFileName().toString();
        String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        PersonCard.Entry person = new PersonCard.Entry(id, PersonPage.of(root), body, file);
        StringBuilder html = new StringBuilder(16 * 1024);
        PreviewDocument.head(html, person.page().title(), PreviewDocument.BASE_STYLES, PreviewDocument.PAGE_STYLES);
        html.append("<body>\n<main class=\"person\">\n");
        PersonCard.own(html, person, site);
        html.append("<div class=\"body\">\n").append(markdown.body(body, site)).append("</div>\n");
        if (site != null) {
            namingPages(html, NamingPages.of(site, id), site);
        }
        return PreviewDocument.end(html);
    }

    private static void namingPages(StringBuilder html, List<NamingPages.Page> pages, Site site) {
        html.append("<section class=\"naming-pages\">\n<h2>Pages that name this person</h2>\n");
        if (pages.isEmpty()) {
            html.append("<p>No book names them as an author, no episode as a guest.</p>\n</section>\n");
            return;
        }
        html.append("<ul>\n");
        for (NamingPages.Page page : pages) {
            String title = Html.plain(page.title() == null ? page.file().getFileName().toString() : page.title());
            String role = page.kind() == PageKind.BOOK ? "book, as an author" : "episode, as a guest";
            html.append("<li>").append(SiteFiles.fileUrl(site, page.file().toUri().toString())
                    .map(url -> "<a href=\"" + Html.escape(url) + "\">" + title + "</a>").orElse(title))
                    .append(" <span class=\"page-kind\">(").append(role).append(")</span></li>\n");
        }
        html.append("</ul>\n</section>\n");
    }
}
