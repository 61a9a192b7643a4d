package dev.archivist.gui.names;

import dev.archivist.edit.Archive;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the name problems into clusters by the name they suggest: each {@code names.variant}
 * or {@code names.author-mismatch} problem says "this spelling should be that name".
 */
public final class ClusterList {

    private ClusterList() {
    }

    public static List<ClusterRow> of(List<Problem> problems, YMapping root) {
        Map<String, Set<String>> bySuggestion = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Problem p : problems) {
            if ((p.kind() == Kind.NAME_VARIANT || p.kind() == Kind.AUTHOR_MISMATCH) && p.fix() != null
                    && p.fix().after() != null && p.fix().before() != null && !p.fix().before().equals(p.fix().after())) {
                bySuggestion.computeIfAbsent(p.fix().after(), k -> new LinkedHashSet<>()).add(p.fix().before());
                counts.merge(p.fix().after(), 1, Integer::sum);
            }
        }
        if (bySuggestion.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> uses = uses(root);
        List<ClusterRow> out = new ArrayList<>();
        bySuggestion.forEach((suggested, variants) -> {
            List<String> spellings = new ArrayList<>();
            if (uses.containsKey(suggested)) {
                spellings.add(suggested);
            }
            variants.stream().filter(v -> !v.equals(suggested)).forEach(spellings::add);
            List<Integer> n = spellings.stream().map(s -> uses.getOrDefault(s, 0)).toList();
            out.add(new ClusterRow(suggested, List.copyOf(spellings), n, counts.get(suggested)));
        });
        return out;
    }

    /** How many messages are posted under each name. */
    static Map<String, Integer> uses(YMapping root) {
        Map<String, Integer> out = new HashMap<>();
        for (YNode t : Archive.threads(root)) {
            out.merge(Archive.text(t, "name"), 1, Integer::sum);
            for (YNode r : Archive.replies(t)) {
                out.merge(Archive.text(r, "name"), 1, Integer::sum);
            }
        }
        return out;
    }
}
