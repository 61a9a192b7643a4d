package dev.archivist.model;

import java.util.function.BiConsumer;

/** Walks every scalar of a tree with its path. */
public final class Scalars {
    private Scalars() {
    }

    /** Visits every scalar value (not keys) in document order. */
    public static void forEach(YNode root, BiConsumer<YamlPath, YScalar> visitor) {
        walk(root, YamlPath.ROOT, visitor);
    }

    /** Visits every string scalar value (not keys, not numbers, dates or nulls). */
    public static void forEachString(YNode root, BiConsumer<YamlPath, YScalar> visitor) {
        forEach(root, (p, s) -> {
            if (s.isString()) {
                visitor.accept(p, s);
            }
        });
    }

    private static void walk(YNode node, YamlPath path, BiConsumer<YamlPath, YScalar> visitor) {
        if (node instanceof YScalar s) {
            visitor.accept(path, s);
        } else if (node instanceof YMapping m) {
            for (YEntry e : m.entries()) {
                walk(e.value(), path.key(e.name()), visitor);
            }
        } else if (node instanceof YSequence seq) {
            for (int i = 0; i < seq.size(); i++) {
                walk(seq.get(i), path.index(i), visitor);
            }
        }
    }
}
