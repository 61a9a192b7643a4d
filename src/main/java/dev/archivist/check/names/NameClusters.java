package dev.archivist.check.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clusters of a set of spellings, found by spelling. */
public final class NameClusters {
    private final List<NameCluster> all;
    private final Map<String, NameCluster> bySpelling = new HashMap<>();

    NameClusters(List<NameCluster> all) {
        this.all = List.copyOf(all);
        for (NameCluster c : all) {
            c.spellings().forEach(s -> bySpelling.put(s, c));
        }
    }

    public List<NameCluster> all() {
        return all;
    }

    /** Clusters with more than one spelling, most used first. */
    public List<NameCluster> withVariants() {
        return all.stream().filter(NameCluster::hasVariants)
                .sorted((a, b) -> Integer.compare(b.uses(), a.uses())).toList();
    }

    public Optional<NameCluster> of(String spelling) {
        return Optional.ofNullable(bySpelling.get(spelling));
    }

    /** The cluster of a {@code _people} id, if its title was clustered. */
    public Optional<NameCluster> person(String id) {
        return all.stream().filter(c -> id.equals(c.personId())).findFirst();
    }
}
