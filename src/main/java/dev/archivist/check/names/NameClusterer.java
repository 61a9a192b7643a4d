package dev.archivist.check.names;

import dev.archivist.site.NameAliases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Groups spellings that are one person's: the alias file's decisions, OpenRefine's fingerprint
 * and 2-gram fingerprint (of the name without its suffix), a short form of the given name with
 * the same family name, and near spellings (edit distance) inside blocks of names that share a
 * word. A person's anchor (a {@code _people} id, an alias entry, a raw author name) is never
 * merged with another's, so two known people never end in one cluster.
 */
public final class NameClusterer {
    /** Blocks larger than this are common words, not names; comparing inside them costs and finds nothing. */
    private static final int MAX_BLOCK = 400;
    private static final LevenshteinDistance EDITS = new LevenshteinDistance(2);

    private final List<String> spellings = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<NameParts> parts = new ArrayList<>();
    private final Map<String, Integer> counts;
    private final UnionFind sets = new UnionFind();

    private NameClusterer(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /**
     * Clusters the spellings used (with their counts), the titles of the site's people and the
     * alias file's entries.
     *
     * @param titles {@code _people} id to title
     * @param authorNames raw names in the page's {@code authors:} (each one person)
     */
    public static NameClusters cluster(Map<String, Integer> counts, Map<String, String> titles,
            List<NameAliases.Alias> aliases, List<String> authorNames) {
        NameClusterer c = new NameClusterer(counts);
        counts.keySet().forEach(c::add);
        titles.forEach((id, title) -> c.sets.anchor(c.add(title), Anchor.title(id, title)));
        for (String raw : authorNames) {
            c.sets.anchor(c.add(raw), Anchor.author(raw));
        }
        for (NameAliases.Alias a : aliases) {
            int name = c.add(a.name());
            String id = a.id() != null ? a.id() : idOfTitle(titles, a.name());
            c.sets.anchor(name, Anchor.alias(a.name(), id, Set.copyOf(a.replaces())));
            for (String s : a.replaces()) {
                c.sets.union(name, c.add(s));
            }
        }
        c.link();
        return new NameClusters(c.build());
    }

    private static String idOfTitle(Map<String, String> titles, String name) {
        String fp = NameKey.fingerprint(name);
        List<String> ids = titles.entrySet().stream()
                .filter(e -> NameKey.fingerprint(e.getValue()).equals(fp)).map(Map.Entry::getKey).toList();
        return ids.size() == 1 ? ids.get(0) : null;
    }

    private int add(String spelling) {
        Integer i = index.get(spelling);
        if (i != null) {
            return i;
        }
        int n = spellings.size();
        spellings.add(spelling);
        parts.add(NameParts.of(spelling));
        index.put(spelling, n);
        sets.add();
        return n;
    }

    private void link() {
        Map<String, Integer> byFingerprint = new HashMap<>();
        Map<String, Integer> byGrams = new HashMap<>();
        Map<String, List<Integer>> byFamily = new HashMap<>();
        Map<String, List<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            NameParts p = parts.get(i);
            if (p.key().isEmpty()) {
                continue;
            }
            join(byFingerprint, p.key(), i);
            if (p.squashed().length() >= 6) {
                join(byGrams, p.grams(), i);
            }
            if (p.full()) {
                byFamily.computeIfAbsent(String.join(" ", p.rest()), k -> new ArrayList<>()).add(i);
                for (String t : p.tokens()) {
                    if (t.length() >= 3) {
                        byWord.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        byFamily.values().forEach(block -> nicknames(block));
        byWord.values().forEach(block -> nearSpellings(block));
        droppedMiddles();
    }

    /**
     * A full name of two words joins the person whose longer name has the same first and last
     * words (Ankur Patel and Ankur A. Patel, Jane Doe and Jane Mary Doe), but only when exactly one
     * person's name fits: with John A. Smith and John B. Smith both known, John Smith is neither.
     * Candidates are gathered per cluster before any merge, so one merge cannot make another.
     */
    private void droppedMiddles() {
        Map<String, Set<Integer>> longer = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            String ends = ends(parts.get(i), 3);
            if (ends != null) {
                longer.computeIfAbsent(ends, k -> new HashSet<>()).add(sets.find(i));
            }
        }
        Map<Integer, Set<Integer>> fits = new LinkedHashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            NameParts p = parts.get(i);
            Set<Integer> roots = p.full() ? longer.get(ends(p, 2)) : null;
            if (roots != null) {
                fits.computeIfAbsent(sets.find(i), k -> new HashSet<>()).addAll(roots);
            }
        }
        fits.forEach((root, roots) -> {
            if (roots.size() == 1) {
                sets.union(roots.iterator().next(), root);
            }
        });
    }

    /** The first and last words of a name of exactly two words, or of three or more ({@code minWords} 3), else null. */
    private static String ends(NameParts p, int minWords) {
        List<String> t = p.tokens();
        boolean size = minWords == 2 ? t.size() == 2 : t.size() >= 3;
        if (!size || t.get(0).length() < 2 || t.get(t.size() - 1).length() < 2) {
            return null;
        }
        return t.get(0) + " " + t.get(t.size() - 1);
    }

    private void join(Map<String, Integer> byKey, String key, int i) {
        Integer first = byKey.putIfAbsent(key, i);
        if (first != null) {
            sets.union(first, i);
        }
    }

    /** Same family name, given names one a short form of the other: Mike Munn and Michael Munn. */
    private void nicknames(List<Integer> block) {
        for (int a = 0; a < block.size() && block.size() <= MAX_BLOCK; a++) {
            for (int b = a + 1; b < block.size(); b++) {
                int i = block.get(a);
                int j = block.get(b);
                if (Nicknames.same(parts.get(i).first(), parts.get(j).first())) {
                    sets.union(i, j);
                }
            }
        }
    }

    /** Full names sharing a word whose fingerprints are one or two edits apart: a typo, not another person. */
    private void nearSpellings(List<Integer> block) {
        if (block.size() > MAX_BLOCK) {
            return;
        }
        for (int a = 0; a < block.size(); a++) {
            for (int b = a + 1; b < block.size(); b++) {
                int i = block.get(a);
                int j = block.get(b);
                if (sets.find(i) != sets.find(j) && near(parts.get(i), parts.get(j))) {
                    sets.union(i, j);
                }
            }
        }
    }

    static boolean near(NameParts x, NameParts y) {
        if (x.tokens().size() != y.tokens().size()) {
            return false;
        }
        String a = String.join(" ", x.tokens());
        String b = String.join(" ", y.tokens());
        int shorter = Math.min(a.length(), b.length());
        int limit = shorter >= 12 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return false;
        }
        int d = EDITS.apply(a, b);
        return d >= 0 && d <= limit && sameInitials(x, y);
    }

    /** Typos rarely change a word's first letter; different people's names usually do. */
    private static boolean sameInitials(NameParts x, NameParts y) {
        for (int k = 0; k < x.tokens().size(); k++) {
            if (x.tokens().get(k).charAt(0) != y.tokens().get(k).charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private List<NameCluster> build() {
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        List<NameCluster> out = new ArrayList<>(groups.size());
        for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
            out.add(Canonical.cluster(g.getValue(), spellings, parts, counts, sets.anchorOf(g.getKey())));
        }
        return out;
    }
}
