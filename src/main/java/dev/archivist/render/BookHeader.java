package dev.archivist.render;

import dev.archivist.model.BookArchive;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The top of a book page: title, authors, the week's dates and the cover. */
final class BookHeader {

    private BookHeader() {
    }

    static void append(StringBuilder html, BookArchive book, Site site) {
        html.append("<header>\n<h1>").append(Html.plain(book.title())).append("</h1>\n");
        List<String> authors = book.authors() == null ? List.of() : book.authors();
        if (!authors.isEmpty()) {
            html.append("<p class=\"byline\">by ").append(authors(authors, site)).append("</p>\n");
        }
        String week = SiteDates.week(book.start(), book.end());
        if (week != null) {
            html.append("<p class=\"dates\">").append(Html.escape(week)).append("</p>\n");
        }
        SiteFiles.fileUrl(site, book.cover()).ifPresent(url -> html
                .append("<img class=\"cover\" src=\"").append(Html.escape(url))
                .append("\" alt=\"Cover of ").append(Html.plain(book.title())).append("\">\n"));
        html.append("</header>\n");
    }

    private static String authors(List<String> ids, Site site) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            names.add(author(id, site));
        }
        return String.join(", ", names);
    }

    /**
     * An author id as the display name of its {@code _people} page, linked to the page's file;
     * an id without a page is shown as written, unlinked.
     */
    private static String author(String id, Site site) {
        Optional<Person> person = site == null ? Optional.empty() : site.person(id);
        if (person.isEmpty()) {
            return "<span class=\"author unknown\">" + Html.plain(id) + "</span>";
        }
        String name = Html.plain(person.get().title());
        return SiteFiles.fileUrl(site, "_people/" + id + ".md")
                .map(url -> "<a class=\"author\" href=\"" + Html.escape(url) + "\">" + name + "</a>")
                .orElse("<span class=\"author\">" + name + "</span>");
    }
}
