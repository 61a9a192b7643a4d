package dev.archivist.check.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the spellings fingerprints cannot: a first name alone ({@code Gant}), a name with an
 * initial ({@code Denis L.}), a handle ({@code swyx}, {@code edchuy}). Such a spelling goes to a
 * person only when exactly one candidate fits, and only for this page: {@code Alex} on one page
 * and {@code Alex} on another may be two people, so weak links never merge clusters.
 */
final class WeakLinks {

    /** Where a weak spelling goes, and why. */
    record Link(NameCluster owner, String reason) {
    }

    private final NameClusters clusters;
    private final Collection<NameCluster> pageFull;
    private final Map<NameCluster, String> authorTitles;
    private final Map<String, NameCluster> byId;
    private Map<String, NameCluster> bySuffix;

    /**
     * @param pageFull clusters of the full names posted on the page
     * @param authorTitles the page's authors' clusters with the name each is known by
     * @param byId person ids (pages and page authors) to their clusters
     */
    WeakLinks(NameClusters clusters, Collection<NameCluster> pageFull, Map<NameCluster, String> authorTitles,
            Map<String, NameCluster> byId) {
        this.clusters = clusters;
        this.pageFull = pageFull;
        this.authorTitles = authorTitles;
        this.byId = byId;
    }

    /** A cluster that names someone by itself: anchored, or holding a full name. */
    static boolean strong(NameCluster c) {
        return c.source() != NameCluster.Source.MOST_USED
                || c.spellings().stream().anyMatch(s -> NameParts.of(s).full());
    }

    Link link(NameCluster weak) {
        NameParts p = NameParts.of(weak.canonical());
        for (String s : weak.spellings()) {
            NameCluster byHandle = byId.get(NameParts.of(s).squashed());
            if (byHandle != null && byHandle != weak) {
                return new Link(byHandle, "a handle");
            }
        }
        NameCluster bySuffix = suffixes().get(p.squashed());
        if (bySuffix != null && bySuffix != weak) {
            return new Link(bySuffix, "the handle in another spelling");
        }
        if (p.single() && p.first().length() >= 2) {
            return unique(lone(p), "a first name alone");
        }
        if (p.tokens().size() >= 2 && p.hasInitial()) {
            Link onPage = unique(initials(p, pageFull, true), "an initial");
            return onPage != null ? onPage : unique(initials(p, clusters.all(), false), "an initial");
        }
        return null;
    }

    private Set<NameCluster> lone(NameParts p) {
        Set<NameCluster> out = new LinkedHashSet<>();
        for (NameCluster c : pageFull) {
            if (c.spellings().stream().map(NameParts::of).anyMatch(t -> t.full() && p.first().equals(t.first()))) {
                out.add(c);
            }
        }
        authorTitles.forEach((c, title) -> {
            NameParts t = NameParts.of(title);
            boolean fits = Nicknames.same(p.first(), t.first()) || t.rest().contains(p.first())
                    || p.first().length() >= 3 && t.first().startsWith(p.first());
            if (fits) {
                out.add(c);
            }
        });
        return out;
    }

    /** Full names that fit a name with initials; short given names count only on the page itself. */
    private static Set<NameCluster> initials(NameParts p, Collection<NameCluster> candidates, boolean nicknames) {
        Set<NameCluster> out = new LinkedHashSet<>();
        for (NameCluster c : candidates) {
            for (String s : c.spellings()) {
                NameParts t = NameParts.of(s);
                if (t.full() && fitsInitials(p, t, nicknames)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean fitsInitials(NameParts p, NameParts full, boolean nicknames) {
        List<String> a = p.tokens();
        List<String> b = full.tokens();
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            String x = a.get(k);
            boolean ok = x.length() == 1 ? b.get(k).startsWith(x) : nicknames ? Nicknames.same(x, b.get(k)) : x.equals(b.get(k));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Link unique(Set<NameCluster> candidates, String reason) {
        return candidates.size() == 1 ? new Link(candidates.iterator().next(), reason) : null;
    }

    private Map<String, NameCluster> suffixes() {
        if (bySuffix == null) {
            bySuffix = new HashMap<>();
            for (NameCluster c : clusters.all()) {
                for (String s : c.spellings()) {
                    String suffix = NameParts.of(s).suffix();
                    if (!suffix.isEmpty() && !suffix.contains(" ") && !suffix.contains("/") && strong(c)) {
                        bySuffix.putIfAbsent(NameKey.squash(suffix), c);
                    }
                }
            }
        }
        return bySuffix;
    }
}
