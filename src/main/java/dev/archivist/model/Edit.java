package dev.archivist.model;

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
