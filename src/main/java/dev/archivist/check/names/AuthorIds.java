package dev.archivist.check.names;

import dev.archivist.check.CheckContext;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.site.NameAliases;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code names.author-id}: an {@code authors:} entry that is not the id of a {@code _people}
 * page, and {@code names.guest-id}, the same for an episode's {@code guests:}. A raw name is replaced by the id when exactly one page has that title (or the alias file
 * gives the person's id); anything else is reported for a person to settle.
 */
final class AuthorIds {

    private AuthorIds() {
    }

    static List<Problem> check(CheckContext context, PageAuthors authors, Site site) {
        return check(context, authors, site, Kind.AUTHOR_ID, "authors");
    }

    /** The entries of a list of people ids ({@code authors}, {@code guests}) that are not ids, as problems of the kind. */
    static List<Problem> check(CheckContext context, PageAuthors authors, Site site, Kind kind, String key) {
        List<Problem> out = new ArrayList<>();
        for (PageAuthors.Author a : authors.authors()) {
            if (!a.page()) {
                out.add(problem(context, a, site, kind, key));
            }
        }
        return out;
    }

    private static Problem problem(CheckContext context, PageAuthors.Author a, Site site, Kind kind, String key) {
        List<Person> byTitle = site.people().values().stream()
                .filter(p -> NameKey.fingerprint(p.title()).equals(NameKey.fingerprint(a.entry()))).toList();
        Optional<String> aliasId = aliasId(a.entry(), site);
        String entry = a.entry();
        String message;
        Fix fix = null;
        if (byTitle.size() == 1 || byTitle.isEmpty() && aliasId.isPresent()) {
            String id = byTitle.size() == 1 ? byTitle.get(0).id() : aliasId.get();
            String from = byTitle.size() == 1 ? "_people/" + id + ".md has that title" : "decided in " + NameAliases.FILE;
            message = "'" + entry + "' in " + key + ": is a name, not an id; " + from;
            fix = Fix.safe(entry, id, new Edit.TextEdit(a.path(), v -> v.strip().equals(entry) ? id : v));
        } else if (byTitle.size() > 1) {
            message = "'" + entry + "' in " + key + ": is a name, not an id, and " + byTitle.size()
                    + " _people pages have that title: " + byTitle.stream().map(Person::id).toList();
        } else if (a.rawName()) {
            message = "'" + entry + "' in " + key + ": is a name, not an id, and no _people page has that title";
        } else {
            message = "'" + entry + "' in " + key + ": has no _people/" + entry + ".md";
        }
        return new Problem(kind, a.path(), context.line(a.path()), context.column(a.path()), message, fix);
    }

    private static Optional<String> aliasId(String entry, Site site) {
        if (site.aliases().error().isPresent()) {
            return Optional.empty();
        }
        return site.aliases().aliases().stream()
                .filter(al -> al.id() != null && (al.name().equals(entry) || al.replaces().contains(entry)))
                .map(NameAliases.Alias::id).findFirst();
    }
}
