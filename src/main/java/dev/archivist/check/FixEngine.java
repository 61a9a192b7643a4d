package dev.archivist.check;

import dev.archivist.model.Edit;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies safe fixes to a tree until none is left: fixes on one scalar compose (each is a
 * whole-value function), and a fix that reveals another (an entity hiding a tracking link) is
 * taken in the next round. Pure: returns a new tree.
 */
public final class FixEngine {
    private static final int MAX_ROUNDS = 8;

    /** The fixed tree, what was applied, and whether a reformat was asked for. */
    public record Result(YMapping root, List<Problem> applied, boolean reformat) {
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    private FixEngine() {
    }

    /** The kinds {@code fix} applies: those named, or every safe kind but the on-request ones. */
    public static Predicate<Kind> selection(List<String> selectors) {
        if (selectors == null || selectors.isEmpty()) {
            return k -> !k.onRequest();
        }
        Set<Kind> chosen = new HashSet<>(Kind.select(selectors));
        return chosen::contains;
    }

    private static boolean restyles(List<Edit> edits) {
        return edits.stream().anyMatch(Edit.Restyle.class::isInstance);
    }

    public static Result apply(CheckContext context, List<Check> checks, Predicate<Kind> kinds) {
        YMapping root = context.root();
        List<Problem> applied = new ArrayList<>();
        boolean reformat = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CheckContext now = new CheckContext(context.document(), root, context.site());
            List<Edit> edits = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            for (Problem p : Checks.run(now, checks, null)) {
                if (!p.safelyFixable() || !kinds.test(p.kind())) {
                    continue;
                }
                if (p.fix().edit() instanceof Edit.Reformat) {
                    if (!reformat) {
                        applied.add(p);
                    }
                    reformat = true;
                    continue;
                }
                edits.add(p.fix().edit());
                found.add(p);
            }
            YNode next = EditBatch.apply(root, edits);
            if (next == root || Trees.sameData(next, root) && !restyles(edits)) {
                break;
            }
            applied.addAll(found);
            root = (YMapping) next;
        }
        return new Result(root, applied, reformat);
    }
}
