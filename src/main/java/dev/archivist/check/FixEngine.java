package dev.archivist.check;

import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
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

    private record Place(Kind kind, YamlPath path) {
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

    /**
     * The kinds {@code fix} applies on a page of the site (null: none): those named, whatever the
     * site's settings say; else every safe kind but the on-request ones and those the site skips.
     */
    public static Predicate<Kind> selection(List<String> selectors, Site site) {
        Predicate<Kind> named = selection(selectors);
        return selectors == null || selectors.isEmpty() ? named.and(CheckContext.reported(site)) : named;
    }

    /**
     * Fixes round by round: the problems of the tree, one edit per place and kind, until an
     * edit changes nothing.
     */
    public static Result apply(CheckContext context, List<Check> checks, Predicate<Kind> kinds) {
        List<Check> relevant = checks.stream().filter(c -> c.fixes() && c.kinds().stream().anyMatch(kinds)).toList();
        YMapping root = context.root();
        List<Problem> applied = new ArrayList<>();
        boolean reformat = false;
        for (int n = 0; n < MAX_ROUNDS; n++) {
            List<Edit> edits = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            Set<Place> taken = new HashSet<>();
            CheckContext round = new CheckContext(context.document(), root, context.site(), kinds.and(context::wants));
            for (Problem p : Checks.unsorted(round, relevant)) {
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
                found.add(p);
                // one whole-value fix per place and kind fixes every occurrence there; a fix that
                // does not (one per spelling) leaves the rest to the next round
                if (taken.add(new Place(p.kind(), p.fix().edit().path()))) {
                    edits.add(p.fix().edit());
                }
            }
            YNode next = EditBatch.apply(root, edits);
            boolean restyles = edits.stream().anyMatch(Edit.Restyle.class::isInstance);
            if (next == root || Trees.sameData(next, root) && !restyles) {
                break;
            }
            applied.addAll(found);
            root = (YMapping) next;
        }
        return new Result(root, applied, reformat);
    }
}
