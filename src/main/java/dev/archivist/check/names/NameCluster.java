package dev.archivist.check.names;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spellings that look like one person's, with how often each is used and the name suggested to
 * keep.
 *
 * @param spellings the spellings, the canonical one first, then by use
 * @param counts uses of each spelling in the archives looked at (0 for a title nobody posts under)
 * @param canonical the name to keep: the alias file's choice, else the {@code _people} title, else the most used spelling
 * @param source where the canonical name comes from
 * @param personId the {@code _people} id when the cluster is a known person, else null
 * @param decided the spellings the alias file already maps to the canonical name
 */
public record NameCluster(List<String> spellings, Map<String, Integer> counts, String canonical, Source source,
        String personId, Set<String> decided) {

    /** Where a cluster's canonical name comes from. */
    public enum Source {
        /** An entry of the site's alias file. */
        ALIAS,
        /** The title of a {@code _people} page. */
        TITLE,
        /** A raw name in the page's {@code authors:}. */
        AUTHOR,
        /** The most used spelling. */
        MOST_USED
    }

    public int uses() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int uses(String spelling) {
        return counts.getOrDefault(spelling, 0);
    }

    /** More than one spelling: something for a person to decide. */
    public boolean hasVariants() {
        return spellings.size() > 1;
    }
}
