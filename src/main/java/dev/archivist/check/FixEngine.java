package dev.archivist.check;

import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Applies safe fixes to a tree until none is left: fixes on one scalar compose (each is a
 * whole-value function), and a fix that reveals another (an entity hiding a tracking link) is
 * taken in the next round. Pure: returns a new tree.
 */
public final class FixEngine {
    private static final int MAX_ROUNDS = 8;
    /** From this many threads on, an archive fixed by per-value checks only is fixed in chunks of threads. */
    private static final int BY_THREADS_FROM = 128;
    /** Threads per chunk: small enough for many tasks on all cores, large enough that each is worth a task. */
    private static final int CHUNK_THREADS = 64;

    /** The fixed tree, what was applied, and whether a reformat was asked for. */
    public record Result(YMapping root, List<Problem> applied, boolean reformat) {
        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    /**
     * What a fix applied, counted by kind, for a caller that needs no more (the command line's
     * {@code fix}): on a long archive, keeping 80,000 applied problems until the end made every
     * collection copy them.
     */
    public record Tally(YMapping root, boolean reformat, int count, Map<Kind, Integer> byKind) {
        public boolean changed() {
            return count > 0;
        }
    }

    private record Place(Kind kind, YamlPath path) {
    }

    /** The problems a fix applied, or (not kept) only their count by kind. */
    private static final class Applied {
        private final List<Problem> problems;
        private final int[] byKind = new int[Kind.values().length];
        private int count;

        Applied(boolean keep) {
            problems = keep ? new ArrayList<>() : null;
        }

        void add(Problem p) {
            if (problems != null) {
                problems.add(p);
            }
            byKind[p.kind().ordinal()]++;
            count++;
        }

        void addAll(List<Problem> found) {
            for (Problem p : found) {
                add(p);
            }
        }

        /** A chunk's, its problems moved by that many threads. */
        void addMoved(Applied chunk, int by) {
            if (problems != null) {
                for (Problem p : chunk.problems) {
                    problems.add(moved(p, by));
                }
            }
            for (int k = 0; k < byKind.length; k++) {
                byKind[k] += chunk.byKind[k];
            }
            count += chunk.count;
        }

        boolean isEmpty() {
            return count == 0;
        }

        List<Problem> problems() {
            return problems;
        }

        Map<Kind, Integer> byKind() {
            Map<Kind, Integer> out = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                if (byKind[k.ordinal()] > 0) {
                    out.put(k, byKind[k.ordinal()]);
                }
            }
            return out;
        }
    }

    /** A fix's tree, what it applied, and whether a reformat was asked for. */
    private record Outcome(YMapping root, Applied applied, boolean reformat) {
        boolean changed() {
            return !applied.isEmpty();
        }

        Result result() {
            return new Result(root, applied.problems(), reformat);
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
        return fix(context, checks, kinds, true).result();
    }

    /** As {@link #apply}, keeping only the count of what was applied, by kind. */
    public static Tally applyCounting(CheckContext context, List<Check> checks, Predicate<Kind> kinds) {
        // nothing it applied is shown with its place: no problem needs a line, nor the page its lines indexed
        Outcome o = fix(context.withoutPlaces(), checks, kinds, false);
        return new Tally(o.root(), o.reformat(), o.applied().count, o.applied().byKind());
    }

    private static Outcome fix(CheckContext context, List<Check> checks, Predicate<Kind> kinds, boolean keep) {
        List<Check> relevant = relevant(checks, kinds);
        YSequence archive = context.root().get("archive").filter(YSequence.class::isInstance)
                .map(YSequence.class::cast).orElse(null);
        if (archive != null && archive.size() >= BY_THREADS_FROM && !relevant.isEmpty()
                && relevant.stream().allMatch(Check::perValue)) {
            if (context.places()) {
                Checks.indexLines(context);
            }
            return byThreads(context, relevant, kinds, CHUNK_THREADS, keep);
        }
        return rounds(context, relevant, kinds, true, keep);
    }

    /** The checks that can fix one of the kinds. */
    static List<Check> relevant(List<Check> checks, Predicate<Kind> kinds) {
        return checks.stream().filter(c -> c.fixes() && c.kinds().stream().anyMatch(kinds)).toList();
    }

    /**
     * As {@link #rounds}, with the archive's threads fixed chunk by chunk, each chunk on its own
     * with the rounds it needs, the chunks on all cores; the rest of the page is fixed apart, with
     * the archive left out. The same tree as {@link #rounds} when every check is per value: then
     * the edits a value gets in a round depend on that value alone. A chunk is a page holding only
     * its threads, so a problem found there is moved back to its thread's place.
     */
    static Result byThreads(CheckContext context, List<Check> checks, Predicate<Kind> kinds, int chunkThreads) {
        return byThreads(context, checks, kinds, chunkThreads, true).result();
    }

    private static Outcome byThreads(CheckContext context, List<Check> checks, Predicate<Kind> kinds, int chunkThreads,
                                     boolean keep) {
        YMapping root = context.root();
        int at = root.indexOf("archive");
        YEntry entry = root.entries().get(at);
        YSequence archive = (YSequence) entry.value();
        List<YEntry> headEntries = new ArrayList<>(root.entries());
        headEntries.set(at, entry.withValue(archive.withItems(List.of())));
        YMapping headPage = new YMapping(headEntries, root.flow(), root.span(), root.tag());
        Outcome head = rounds(context.withRoot(headPage), checks, kinds, false, keep);

        int chunks = (archive.size() + chunkThreads - 1) / chunkThreads;
        IntFunction<List<YNode>> chunk = c -> archive.items().subList(c * chunkThreads,
                Math.min(archive.size(), (c + 1) * chunkThreads));
        List<Outcome> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            YSequence threads = archive.withItems(chunk.apply(c));
            YMapping page = root.withEntries(List.of(entry.withValue(threads)));
            return rounds(context.withRoot(page), checks, kinds, false, keep);
        }).toList();

        Applied applied = new Applied(keep);
        applied.addMoved(head.applied(), 0);
        List<YNode> items = new ArrayList<>(archive.size());
        boolean threadsChanged = false;
        for (int c = 0; c < chunks; c++) {
            Outcome part = parts.get(c);
            if (!part.changed()) {
                items.addAll(chunk.apply(c));
                continue;
            }
            if (!(part.root().get("archive").orElse(null) instanceof YSequence fixed)
                    || fixed.size() != chunk.apply(c).size()) {
                // a fix that adds or removes threads: the chunks no longer line up with the page
                return rounds(context, checks, kinds, true, keep);
            }
            items.addAll(fixed.items());
            threadsChanged = true;
            applied.addMoved(part.applied(), c * chunkThreads);
        }
        boolean reformat = head.reformat() || parts.stream().anyMatch(Outcome::reformat);
        if (!head.changed() && !threadsChanged) {
            return new Outcome(root, applied, reformat);
        }
        YMapping base = head.changed() ? head.root() : root;
        int archiveAt = base.indexOf("archive");
        if (archiveAt < 0) {
            // a fix of the page around the archive that took its key away: fix the page whole
            return rounds(context, checks, kinds, true, keep);
        }
        List<YEntry> entries = new ArrayList<>(base.entries());
        entries.set(archiveAt, entries.get(archiveAt).withValue(threadsChanged ? archive.withItems(items)
                : archive));
        return new Outcome(base.withEntries(entries), applied, reformat);
    }

    /** The problem found in a chunk, at its thread's place in the whole archive. */
    private static Problem moved(Problem p, int by) {
        if (by == 0) {
            return p;
        }
        Fix f = p.fix();
        Fix fix = f == null ? null : new Fix(f.before(), f.after(), f.safe(), moved(f.edit(), by));
        return new Problem(p.kind(), moved(p.path(), by), p.line(), p.column(), p.message(), fix);
    }

    private static Edit moved(Edit e, int by) {
        if (e instanceof Edit.TextEdit t) {
            return new Edit.TextEdit(moved(t.path(), by), t.transform());
        }
        if (e instanceof Edit.Restyle r) {
            return new Edit.Restyle(moved(r.path(), by));
        }
        if (e instanceof Edit.SetNode n) {
            return new Edit.SetNode(moved(n.path(), by), n.value());
        }
        return e;
    }

    private static YamlPath moved(YamlPath path, int by) {
        List<Object> s = path.segments();
        if (s.size() < 2 || !"archive".equals(s.get(0)) || !(s.get(1) instanceof Integer i)) {
            return path;
        }
        List<Object> copy = new ArrayList<>(s);
        copy.set(1, i + by);
        return new YamlPath(copy);
    }

    /**
     * Fixes round by round: the problems of the tree, one edit per place and kind, until an
     * edit changes nothing. {@code parallel}: whether the checks may use all cores.
     */
    static Result rounds(CheckContext context, List<Check> relevant, Predicate<Kind> kinds, boolean parallel) {
        return rounds(context, relevant, kinds, parallel, true).result();
    }

    private static Outcome rounds(CheckContext context, List<Check> relevant, Predicate<Kind> kinds, boolean parallel,
                                  boolean keep) {
        YMapping root = context.root();
        Applied applied = new Applied(keep);
        boolean reformat = false;
        YMapping previous = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Edit> edits = new ArrayList<>();
            List<Problem> found = new ArrayList<>();
            Set<Place> taken = new HashSet<>();
            for (Problem p : problems(context, root, relevant, previous, kinds, parallel)) {
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
            if (next == root || Trees.sameData(next, root) && !restyles(edits)) {
                break;
            }
            applied.addAll(found);
            previous = root;
            root = (YMapping) next;
        }
        return new Outcome(root, applied, reformat);
    }

    /**
     * The problems of a round. After the first, per-value checks see only the values the last
     * round changed (the others, shared with the previous tree, are blanked, keeping every path),
     * since a fix changes one value.
     */
    private static List<Problem> problems(CheckContext context, YMapping root, List<Check> checks, YMapping previous,
                                          Predicate<Kind> kinds, boolean parallel) {
        CheckContext whole = new CheckContext(context.document(), root, context.site(), kinds.and(context::wants),
                context.places());
        if (previous == null) {
            return Checks.unsorted(whole, checks, parallel);
        }
        List<Check> perValue = checks.stream().filter(Check::perValue).toList();
        List<Check> others = checks.stream().filter(c -> !c.perValue()).toList();
        List<Problem> out = new ArrayList<>(Checks.unsorted(whole, others, parallel));
        YMapping masked = (YMapping) Masking.keepChanged(previous, root);
        out.addAll(Checks.unsorted(whole.withRoot(masked), perValue, parallel));
        return out;
    }
}
