package dev.archivist.check.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each spelling posted on a page: the person it belongs to, the name to use instead, whether
 * that person is one of the book's authors, and whether the site has already decided (an alias
 * entry, or a {@code _people} title equal but for case, accents and spacing).
 */
final class Verdicts {

    private Verdicts() {
    }

    static List<NameVerdict> judge(PageNames page, NameClusters clusters, PageAuthors authors) {
        Map<NameCluster, AuthorNames.Known> known = AuthorNames.of(page, clusters, authors);
        Set<NameCluster> pageFull = new LinkedHashSet<>();
        for (String s : page.places().keySet()) {
            if (NameParts.of(s).full()) {
                clusters.of(s).ifPresent(pageFull::add);
            }
        }
        Map<NameCluster, String> authorTitles = new LinkedHashMap<>();
        known.forEach((c, k) -> authorTitles.put(c, k.name()));
        Map<String, NameCluster> byId = new LinkedHashMap<>();
        clusters.all().stream().filter(c -> c.personId() != null).forEach(c -> byId.putIfAbsent(c.personId(), c));
        known.forEach((c, k) -> {
            if (k.id() != null) {
                byId.putIfAbsent(k.id().replaceAll("[-_.]", ""), c);
            }
        });
        WeakLinks weak = new WeakLinks(clusters, pageFull, authorTitles, byId);
        List<NameVerdict> out = new ArrayList<>();
        for (String s : page.places().keySet()) {
            clusters.of(s).map(c -> verdict(s, c, weak, known)).ifPresent(out::add);
        }
        return out;
    }

    private static NameVerdict verdict(String s, NameCluster c, WeakLinks weak, Map<NameCluster, AuthorNames.Known> known) {
        NameCluster owner = c;
        String how = null;
        if (!WeakLinks.strong(c)) {
            WeakLinks.Link link = weak.link(c);
            if (link != null) {
                owner = link.owner();
                how = link.reason();
            }
        }
        AuthorNames.Known k = known.get(owner);
        String canonical = k != null ? k.name() : owner.canonical();
        if (s.equals(canonical) || owner == c && !c.hasVariants() && k == null) {
            return null;
        }
        boolean decided = owner.source() == NameCluster.Source.ALIAS || owner.source() == NameCluster.Source.TITLE;
        boolean confirmed = how == null && canonical.equals(owner.canonical())
                && (owner.decided().contains(s) || decided && NameParts.of(s).fullKey().equals(NameParts.of(canonical).fullKey()));
        return new NameVerdict(s, canonical, owner, k != null, confirmed, how, k != null ? k.who() : null);
    }
}
