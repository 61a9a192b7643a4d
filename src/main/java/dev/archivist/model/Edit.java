package dev.archivist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A pure change to a front matter tree. Checks return edits inside fixes; the editor wraps
 * them in undoable steps and the command line applies them through the patcher.
 */
public sealed interface Edit {

    /** The tree after the edit; the input is not changed. */
    YNode apply(YNode root);

    /** The place the edit changes. */
    YamlPath path();

    /**
     * Rewrites a string scalar's value with a whole-value function. The function must be pure and
     * idempotent (applying it to its own output changes nothing), so that edits on one scalar
     * compose in any order.
     */
    record TextEdit(YamlPath path, UnaryOperator<String> transform) implements Edit {
        @Override
        public YNode apply(YNode root) {
            return path.find(root).filter(YScalar.class::isInstance).map(n -> {
                YScalar s = (YScalar) n;
                String next = transform.apply(s.value());
                return next.equals(s.value()) ? root : path.replace(root, s.withValue(next));
            }).orElse(root);
        }
    }

    /** Sets a value (any node) at a path. */
    record SetNode(YamlPath path, YNode value) implements Edit {
        @Override
        public YNode apply(YNode root) {
            return path.replace(root, value);
        }
    }

    /**
     * Removes the item at a path from its sequence (or the key from its mapping); nothing when
     * there is none. In a batch ({@link EditBatch}) deletions apply after every other edit, the
     * last place first, so every edit's path still names what it was found at.
     */
    record Delete(YamlPath path) implements Edit {
        @Override
        public YNode apply(YNode root) {
            if (path.isRoot()) {
                return root;
            }
            YamlPath parentPath = path.parent();
            YNode parent = parentPath.find(root).orElse(null);
            YNode without;
            if (path.last() instanceof Integer i && parent instanceof YSequence seq && i >= 0 && i < seq.size()) {
                List<YNode> items = new ArrayList<>(seq.items());
                items.remove((int) i);
                // an emptied list is written []
                without = new YSequence(items, items.isEmpty() || seq.flow(), null, seq.tag());
            } else if (path.last() instanceof String k && parent instanceof YMapping m && m.indexOf(k) >= 0) {
                without = m.without(k);
            } else {
                return root;
            }
            return parentPath.isRoot() ? without : parentPath.replace(root, without);
        }
    }

    /** Keeps a scalar's value and rewrites it in the house style (for example to drop escapes). */
    record Restyle(YamlPath path) implements Edit {
        @Override
        public YNode apply(YNode root) {
            return path.find(root).filter(YScalar.class::isInstance)
                    .map(n -> path.replace(root, ((YScalar) n).restyled()))
                    .orElse(root);
        }
    }

    /** Rewrites the whole front matter in the house style; applied by the writer, not on the tree. */
    record Reformat() implements Edit {
        @Override
        public YNode apply(YNode root) {
            return root;
        }

        @Override
        public YamlPath path() {
            return YamlPath.ROOT;
        }
    }
}
