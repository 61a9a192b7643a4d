package dev.archivist.render;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PersonPage;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person as the site's cards show them: picture, name, biography ({@code bio_short} as raw
 * HTML, else the page's body as Markdown) and profile links.
 */
final class PersonCard {

    /** A person's page as read: the typed front matter, the Markdown body and the page's file. */
    record Entry(String id, PersonPage page, String body, Path file) {
    }

    private PersonCard() {
    }

    /** The page {@code _people/<id>.md} inside the site root, when it exists and parses. */
    static Optional<Entry> read(Site site, String id) {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("\\") || id.startsWith(".")) {
            return Optional.empty();
        }
        return SiteFiles.file(site, "_people/" + id + ".md").map(ArchiveReader::read)
                .filter(ArchiveDocument::parsed)
                .map(doc -> new Entry(id, PersonPage.of(doc.root()), doc.body(), doc.path()));
    }

    /** The card under an episode: "About this Guest", as {@code _layouts/podcast.html} has it. */
    static void guest(StringBuilder html, Entry person, Site site, SiteMarkdown markdown) {
        PersonPage p = person.page();
        html.append("<div class=\"person-card\">\n");
        picture(html, p, site);
        html.append("<div class=\"person-about\">\n<p class=\"person-label\">About this Guest</p>\n")
                .append("<h3 class=\"person-name\">").append(Html.plain(p.title())).append("</h3>\n")
                .append("<div class=\"person-bio\">\n")
                .append(p.bioShort() != null ? RawHtml.sanitize(p.bioShort()) + "\n" : markdown.body(person.body(), site))
                .append("</div>\n");
        List<String> links = new ArrayList<>();
        link(links, "https://www.linkedin.com/in/", p.linkedin(), "LinkedIn");
        link(links, "https://twitter.com/", p.twitter(), "X");
        links.add("<a href=\"" + Html.escape(person.file().toUri().toString()) + "\">" + Html.plain(p.title())
                + " on DataTalks.Club</a>");
        html.append("<p class=\"person-links\">").append(String.join("\n", links)).append("</p>\n</div>\n</div>\n");
    }

    /** The card at the top of a person's own page: picture, name, id, every profile and the short biography. */
    static void own(StringBuilder html, Entry person, Site site) {
        PersonPage p = person.page();
        html.append("<header class=\"person-card\">\n");
        picture(html, p, site);
        html.append("<div class=\"person-about\">\n<h1 class=\"person-name\">").append(Html.plain(p.title()))
                .append("</h1>\n<p class=\"person-short\">").append(Html.plain(p.shortName() == null ? person.id() : p.shortName()))
                .append("</p>\n");
        if (p.bioShort() != null) {
            html.append("<div class=\"person-bio\">").append(RawHtml.sanitize(p.bioShort())).append("</div>\n");
        }
        List<String> links = new ArrayList<>();
        link(links, "https://www.linkedin.com/in/", p.linkedin(), "LinkedIn");
        link(links, "https://twitter.com/", p.twitter(), "X");
        link(links, "https://github.com/", p.github(), "GitHub");
        link(links, "", p.web(), "Web");
        if (!links.isEmpty()) {
            html.append("<p class=\"person-links\">").append(String.join("\n", links)).append("</p>\n");
        }
        html.append("</div>\n</header>\n");
    }

    private static void picture(StringBuilder html, PersonPage p, Site site) {
        SiteFiles.fileUrl(site, p.picture()).ifPresent(url -> html.append("<img class=\"person-picture\" src=\"")
                .append(Html.escape(url)).append("\" alt=\"").append(Html.plain(p.title())).append("\">\n"));
    }

    /** A profile link made as the site makes it, kept when it is a web link; its label alone otherwise. */
    private static void link(List<String> links, String prefix, String handle, String label) {
        if (handle == null || handle.isBlank()) {
            return;
        }
        links.add(LinkPolicy.webLink(prefix + handle)
                .map(url -> "<a href=\"" + Html.escape(url) + "\">" + label + "</a>")
                .orElse(label));
    }
}
