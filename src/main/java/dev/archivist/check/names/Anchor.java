package dev.archivist.check.names;

import java.util.Set;

/**
 * Who a cluster is when something on the site says so: a {@code _people} page, an entry of the
 * alias file, or a raw name in the page's {@code authors:}. Two clusters with different anchors
 * are two people and are never merged.
 *
 * @param key identity: {@code id:<id>} for a person with a page, else the name
 * @param name the name this anchor wants kept
 * @param decided spellings the alias file maps to the name
 */
record Anchor(String key, NameCluster.Source source, String name, String personId, Set<String> decided) {

    static Anchor title(String id, String title) {
        return new Anchor("id:" + id, NameCluster.Source.TITLE, title, id, Set.of());
    }

    static Anchor author(String raw) {
        return new Anchor("author:" + NameKey.fingerprint(raw), NameCluster.Source.AUTHOR, raw, null, Set.of());
    }

    static Anchor alias(String name, String id, Set<String> decided) {
        String key = id != null ? "id:" + id : "author:" + NameKey.fingerprint(name);
        return new Anchor(key, NameCluster.Source.ALIAS, name, id, decided);
    }

    /** The stronger of two anchors of one person: the alias file's decision wins over a title. */
    Anchor merge(Anchor other) {
        return other.source.ordinal() < source.ordinal() ? other : this;
    }
}
