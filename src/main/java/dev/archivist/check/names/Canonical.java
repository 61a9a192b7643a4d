package dev.archivist.check.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the name to keep for a group of spellings: the anchor's (alias file, {@code _people}
 * title, raw author name), else the most used spelling without a suffix or stray spaces, ties
 * going to the spelling that keeps capitals and accents.
 */
final class Canonical {

    private Canonical() {
    }

    static NameCluster cluster(List<Integer> members, List<String> spellings, List<NameParts> parts,
            Map<String, Integer> counts, Anchor anchor) {
        List<String> names = new ArrayList<>(members.size());
        for (int i : members) {
            names.add(spellings.get(i));
        }
        String canonical = anchor != null ? anchor.name() : best(members, spellings, parts, counts);
        NameCluster.Source source = anchor != null ? anchor.source() : NameCluster.Source.MOST_USED;
        names.sort(Comparator.comparing((String s) -> !s.equals(canonical))
                .thenComparing(s -> -counts.getOrDefault(s, 0)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (String s : names) {
            uses.put(s, counts.getOrDefault(s, 0));
        }
        return new NameCluster(List.copyOf(names), uses, canonical, source,
                anchor == null ? null : anchor.personId(), anchor == null ? Set.of() : anchor.decided());
    }

    private static String best(List<Integer> members, List<String> spellings, List<NameParts> parts,
            Map<String, Integer> counts) {
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> parts.get(i).hasSuffix() || !spellings.get(i).equals(spellings.get(i).strip()))
                .thenComparing(i -> -counts.getOrDefault(spellings.get(i), 0))
                .thenComparing(i -> spellings.get(i).equals(spellings.get(i).toLowerCase()))
                .thenComparing(i -> -nonAscii(spellings.get(i)))
                .thenComparing(spellings::get);
        return spellings.get(members.stream().min(order).orElseThrow());
    }

    private static int nonAscii(String s) {
        return (int) s.chars().filter(c -> c > 127).count();
    }
}
