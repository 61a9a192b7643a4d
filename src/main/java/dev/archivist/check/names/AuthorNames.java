package dev.archivist.check.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clusters of a page's authors and the name each should post under: the {@code _people}
 * title (or the alias file's choice), the raw name in {@code authors:}, or, for an id without a
 * page, the spelling the id reads as ({@code meoramer} is {@code Meor Amer}; {@code douglasgray}
 * is {@code Douglas Gray}, so {@code Doug Gray} is the author under a short name).
 */
final class AuthorNames {

    /** An author's cluster: the name to use, the author's id (null for a raw name) and how to say who it is. */
    record Known(String name, String id, String who) {
    }

    private AuthorNames() {
    }

    static Map<NameCluster, Known> of(PageNames page, NameClusters clusters, PageAuthors authors) {
        Map<NameCluster, Known> out = new LinkedHashMap<>();
        for (PageAuthors.Author a : authors.authors()) {
            if (a.page()) {
                clusters.person(a.id()).ifPresent(c -> out.putIfAbsent(c, new Known(c.canonical(), a.id(),
                        "the author " + c.canonical() + " (_people/" + a.id() + ".md)")));
            } else if (a.rawName()) {
                clusters.of(a.title()).ifPresent(c -> out.putIfAbsent(c, new Known(c.canonical(), null,
                        "the author " + c.canonical() + (c.personId() == null ? " (named in authors:)"
                                : " (_people/" + c.personId() + ".md)"))));
            } else {
                byId(page, clusters, a.id(), out);
            }
        }
        return out;
    }

    /** Clusters of the page whose spellings read as the id; the name is the spelling that reads exactly. */
    private static void byId(PageNames page, NameClusters clusters, String id, Map<NameCluster, Known> out) {
        String squashed = id.replaceAll("[-_.]", "");
        for (String s : page.places().keySet()) {
            NameCluster c = clusters.of(s).orElse(null);
            if (c == null || out.containsKey(c)) {
                continue;
            }
            String name = readAs(c, squashed);
            if (name != null) {
                String who = exact(c.canonical(), squashed)
                        ? "the author " + id + " (no _people page)"
                        : "the author " + id + " (no _people page; the id reads '" + name + "')";
                out.put(c, new Known(name, id, who));
            }
        }
    }

    private static String readAs(NameCluster c, String squashed) {
        if (exact(c.canonical(), squashed)) {
            return c.canonical();
        }
        for (String s : c.spellings()) {
            if (exact(s, squashed)) {
                return s;
            }
        }
        for (String s : c.spellings()) {
            String expanded = expanded(s, squashed);
            if (expanded != null) {
                return expanded;
            }
        }
        return null;
    }

    static boolean exact(String spelling, String squashed) {
        List<String> t = NameParts.of(spelling).tokens();
        if (t.isEmpty()) {
            return false;
        }
        String forward = String.join("", t);
        String backward = t.size() == 2 ? t.get(1) + t.get(0) : forward;
        return forward.equals(squashed) || backward.equals(squashed);
    }

    /** The spelling with its given name in full, when that is what the id reads: Doug Gray → Douglas Gray. */
    static String expanded(String spelling, String squashed) {
        NameParts p = NameParts.of(spelling);
        if (p.tokens().size() < 2) {
            return null;
        }
        String rest = String.join("", p.rest());
        for (String formal : Nicknames.formals(p.first())) {
            if ((formal + rest).equals(squashed) || (rest + formal).equals(squashed)) {
                String base = p.base();
                int space = base.indexOf(' ');
                if (space < 0) {
                    return null;
                }
                String given = Character.isUpperCase(base.charAt(0))
                        ? formal.substring(0, 1).toUpperCase(Locale.ROOT) + formal.substring(1) : formal;
                return given + base.substring(space);
            }
        }
        return null;
    }
}
