package dev.archivist.gui.problems;

import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a page as the views need them: in file order, per kind, per message (for
 * the tree's markers) and per top-level key (for the form's marks). Immutable.
 */
public final class ProblemSet {
    public static final ProblemSet EMPTY = new ProblemSet(List.of());
    private final List<Problem> all;
    private final Map<Kind, List<Problem>> byKind = new EnumMap<>(Kind.class);
    private final Map<MessagePlace, Integer> byMessage = new HashMap<>();
    private final Map<String, List<Problem>> byKey = new HashMap<>();
    private final Map<Kind, Integer> fixable = new EnumMap<>(Kind.class);

    public ProblemSet(List<Problem> problems) {
        this.all = List.copyOf(problems);
        for (Problem p : all) {
            byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
            if (p.fix() != null && p.fix().edit() != null) {
                fixable.merge(p.kind(), 1, Integer::sum);
            }
            MessagePlace.of(p.path()).ifPresent(place -> byMessage.merge(place, 1, Integer::sum));
            if (!p.path().isRoot()) {
                byKey.computeIfAbsent(String.valueOf(p.path().segments().get(0)), k -> new ArrayList<>()).add(p);
            }
        }
    }

    public List<Problem> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The kinds that have problems, in the order of {@link Kind}. */
    public List<Kind> kinds() {
        return List.copyOf(byKind.keySet());
    }

    public List<Problem> of(Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** How many problems of the kind have a fix that can be applied. */
    public int fixable(Kind kind) {
        return fixable.getOrDefault(kind, 0);
    }

    public Map<MessagePlace, Integer> byMessage() {
        return Collections.unmodifiableMap(byMessage);
    }

    /** Problems at the path or under it. */
    public List<Problem> at(YamlPath path) {
        if (path.isRoot()) {
            return all;
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : byKey.getOrDefault(String.valueOf(path.segments().get(0)), List.of())) {
            if (p.path().startsWith(path)) {
                out.add(p);
            }
        }
        return out;
    }
}
