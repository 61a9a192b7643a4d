package dev.archivist.gui.problems;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.gui.threads.Archive;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the checks for the editor, off the FX thread. On a large page an edit re-checks only the
 * threads that changed (trees share unchanged threads, so identity tells), for the kinds that
 * look at one message at a time; a full run later refreshes the kinds that look at the whole page.
 */
public final class ProblemChecker {
    /** Kinds that compare messages with each other or with the header: only a full run finds them. */
    static final Set<Kind> PAGE_KINDS = EnumSet.of(Kind.NAME_VARIANT, Kind.AUTHOR_MISMATCH, Kind.AUTHOR_ID,
            Kind.FORMAT_STYLE, Kind.DATES, Kind.LIST_ENTRY, Kind.MISSING_FILE, Kind.BROKEN);
    /** Below this many threads a full run is quick enough for every edit. */
    static final int INCREMENTAL_FROM = 300;
    private static final int MAX_CHANGED = 64;

    /**
     * Problems of one tree.
     *
     * @param partial true when the page-wide kinds are from an older tree and a full run is due
     */
    public record Result(YMapping root, List<Problem> problems, boolean partial) {
    }

    private ProblemChecker() {
    }

    public static Result full(List<Check> checks, ArchiveDocument base, YMapping root, Site site) {
        List<Problem> problems = new ArrayList<>(Checks.run(new CheckContext(base, root, site), checks));
        problems.sort(ORDER);
        return new Result(root, List.copyOf(problems), false);
    }

    /** Problems of {@code root}, re-checking only what changed since {@code previous} when that is safe. */
    public static Result update(List<Check> checks, Result previous, ArchiveDocument base, YMapping root, Site site) {
        if (previous == null || previous.root() == root) {
            return previous == null ? full(checks, base, root, site) : previous;
        }
        List<Integer> changed = changedThreads(previous.root(), root);
        if (changed == null || Archive.threads(root).size() < INCREMENTAL_FROM || changed.size() > MAX_CHANGED) {
            return full(checks, base, root, site);
        }
        java.util.BitSet dirty = new java.util.BitSet();
        changed.forEach(dirty::set);
        List<Problem> kept = new ArrayList<>(previous.problems().size());
        for (Problem p : previous.problems()) {
            boolean local = !PAGE_KINDS.contains(p.kind());
            int t = threadOf(p);
            if (!(local && t >= 0 && dirty.get(t))) {
                kept.add(p);
            }
        }
        List<Problem> fresh = new ArrayList<>();
        for (int t : changed) {
            List<Problem> found = checkThread(checks, base, root, site, t);
            if (found == null) {
                return full(checks, base, root, site);
            }
            fresh.addAll(found);
        }
        fresh.sort(ORDER);
        return new Result(root, merge(kept, fresh), true);
    }

    /** The thread a problem is in, or -1 for the header (no allocation: this runs over every problem). */
    static int threadOf(Problem p) {
        List<Object> s = p.path().segments();
        return s.size() >= 2 && Archive.ARCHIVE.equals(s.get(0)) && s.get(1) instanceof Integer t ? t : -1;
    }

    /** Two lists sorted by {@link #ORDER} as one, in a single pass (the old list is long, the new one short). */
    static List<Problem> merge(List<Problem> sorted, List<Problem> fresh) {
        if (fresh.isEmpty()) {
            return List.copyOf(sorted);
        }
        List<Problem> out = new ArrayList<>(sorted.size() + fresh.size());
        int i = 0;
        int j = 0;
        while (i < sorted.size() || j < fresh.size()) {
            boolean takeFresh = i == sorted.size() || j < fresh.size() && ORDER.compare(fresh.get(j), sorted.get(i)) < 0;
            out.add(takeFresh ? fresh.get(j++) : sorted.get(i++));
        }
        return List.copyOf(out);
    }

    /** Indexes of threads that differ, or null when anything but threads changed. */
    static List<Integer> changedThreads(YMapping before, YMapping after) {
        if (before.entries().size() != after.entries().size()) {
            return null;
        }
        for (int i = 0; i < before.entries().size(); i++) {
            YEntry a = before.entries().get(i);
            YEntry b = after.entries().get(i);
            if (!a.name().equals(b.name()) || (!Archive.ARCHIVE.equals(a.name()) && a.value() != b.value())) {
                return null;
            }
        }
        List<YNode> x = Archive.threads(before);
        List<YNode> y = Archive.threads(after);
        if (x.size() != y.size()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i) != y.get(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The one-message kinds of one thread, checked alone and moved to its place; null when an edit cannot be moved. */
    private static List<Problem> checkThread(List<Check> checks, ArchiveDocument base, YMapping root, Site site, int t) {
        YNode thread = Archive.threads(root).get(t);
        YMapping alone = YMapping.of(List.of(new YEntry(YScalar.str(Archive.ARCHIVE),
                new YSequence(List.of(thread), false, null))));
        List<Problem> out = new ArrayList<>();
        YamlPath from = YamlPath.of(Archive.ARCHIVE, 0);
        YamlPath to = YamlPath.of(Archive.ARCHIVE, t);
        for (Problem p : Checks.run(new CheckContext(base, alone, site), checks)) {
            if (PAGE_KINDS.contains(p.kind()) || !p.path().startsWith(from)) {
                continue;
            }
            Fix fix = p.fix();
            Edit edit = fix == null || fix.edit() == null ? null : Paths.move(fix.edit(), from, to);
            if (fix != null && fix.edit() != null && edit == null) {
                return null;
            }
            Fix moved = fix == null ? null : new Fix(fix.before(), fix.after(), fix.safe(), edit);
            out.add(new Problem(p.kind(), Paths.move(p.path(), from, to), p.line(), p.column(), p.message(), moved));
        }
        return out;
    }

    /** Header first, then threads and replies in order, then by line and column; allocates nothing. */
    static final Comparator<Problem> ORDER = Comparator
            .comparingInt(ProblemChecker::threadOf)
            .thenComparingInt(ProblemChecker::replyOf)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(p -> p.kind().id());

    /** The reply a problem is in, or -1 for a thread or the header. */
    static int replyOf(Problem p) {
        List<Object> s = p.path().segments();
        return s.size() >= 4 && Archive.REPLIES.equals(s.get(2)) && s.get(3) instanceof Integer r ? r : -1;
    }
}
