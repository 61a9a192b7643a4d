package dev.archivist.check.names;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.site.NameAliases;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code names.variant}, {@code names.author-mismatch} and {@code names.author-id}: spellings of
 * one person across the page and every archive of its site, the book's authors posting under
 * another spelling, and {@code authors:} entries that are not ids. Only what the alias file or a
 * {@code _people} title decides is a safe fix; the rest waits for a person's choice.
 */
public final class NamesCheck implements Check {

    @Override
    public List<Problem> check(CheckContext context) {
        YMapping root = context.root();
        Site site = context.site();
        PageAuthors authors = PageAuthors.of(root, site);
        List<Problem> out = new ArrayList<>();
        if (site != null) {
            out.addAll(AuthorIds.check(context, authors, site));
        }
        PageNames page = PageNames.of(root);
        if (page.places().isEmpty()) {
            return out;
        }
        NameClusters clusters = clusters(context, page, authors);
        out.addAll(NameProblems.of(context, page, Verdicts.judge(page, clusters, authors)));
        return out;
    }

    /**
     * The spellings posted on the page that should be another name, with the person and the
     * name each belongs to: what a names view lists, grouped by {@link NameVerdict#canonical()}.
     */
    public static List<NameVerdict> verdicts(CheckContext context) {
        PageAuthors authors = PageAuthors.of(context.root(), context.site());
        PageNames page = PageNames.of(context.root());
        return Verdicts.judge(page, clusters(context, page, authors), authors);
    }

    /** The clusters of the page's names with those of the site's other archives, its people and its aliases. */
    static NameClusters clusters(CheckContext context, PageNames page, PageAuthors authors) {
        Site site = context.site();
        Map<String, Integer> counts = site == null ? new HashMap<>() : site.names().countsWithout(context.document().path());
        page.counts().forEach((name, n) -> counts.merge(name, n, Integer::sum));
        return NameClusterer.cluster(counts, titles(site), aliases(site), authors.rawNames());
    }

    static Map<String, String> titles(Site site) {
        Map<String, String> out = new LinkedHashMap<>();
        if (site != null) {
            for (Person p : site.people().values()) {
                out.put(p.id(), p.title());
            }
        }
        return out;
    }

    static List<NameAliases.Alias> aliases(Site site) {
        if (site == null || site.aliases().error().isPresent()) {
            return List.of();
        }
        return site.aliases().aliases();
    }

    /** The names of a book's threads and its {@code authors:}: other pages have neither. */
    @Override
    public boolean appliesTo(PageKind kind) {
        return kind == PageKind.BOOK;
    }

    @Override
    public java.util.Set<dev.archivist.model.Kind> kinds() {
        return java.util.EnumSet.copyOf(dev.archivist.model.Kind.select(java.util.List.of("names")));
    }
}
