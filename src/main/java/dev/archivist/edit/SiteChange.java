package dev.archivist.edit;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * One change made to many pages, reviewed as one: every page's new text computed by the page's own
 * editing session, the chosen pages written through the one save path, and the last batch taken
 * back while the pages still hold what it wrote. Pure apart from the files; any thread.
 */
public final class SiteChange {

    /** What the change does to one page: how many things it changed there (0: nothing). */
    @FunctionalInterface
    public interface PageChange {
        int apply(EditSession session) throws WriteRefused;
    }

    /** A page the change would rewrite: the text on disk, the text to write and how many things changed. */
    public record Page(Path path, String before, PageWriter.Prepared after, int count) {
        public String text() {
            return after.text();
        }
    }

    /** A page left out, with why, in words. */
    public record Failed(Path path, String reason) {
    }

    /**
     * The review of a change over some pages.
     *
     * @param looked how many pages were read
     */
    public record Plan(String label, List<Page> pages, List<Failed> failed, int looked) {
        public int count() {
            return pages.stream().mapToInt(Page::count).sum();
        }
    }

    /** A page written by a batch: what it held, what was written, and the backup of what it held. */
    public record Written(Path path, String before, String after, Path backup) {
    }

    /** What Apply did: the pages written and the ones skipped (changed on disk since the review, read-only...). */
    public record Applied(String label, List<Written> written, List<Failed> skipped) {
    }

    /** What taking a batch back did: the pages restored and the ones left alone (edited since). */
    public record Undone(List<Path> restored, List<Failed> left) {
    }

    private SiteChange() {
    }

    /**
     * Computes every page's new text. A page that does not parse, or whose change is refused, is
     * named in {@code failed}; pages the change leaves as they are are not listed.
     *
     * @param progress told the number of pages done after each one
     * @throws CancellationException when {@code cancelled} turns true
     */
    public static Plan plan(String label, List<Path> files, PageChange change, IntConsumer progress,
                            BooleanSupplier cancelled) {
        Map<Path, Site> sites = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("stopped after " + i + " of " + files.size() + " pages");
            }
            Path file = files.get(i);
            ArchiveDocument doc = ArchiveReader.read(file);
            if (!doc.parsed()) {
                failed.add(new Failed(file, "does not parse: " + doc.error()));
            } else {
                try {
                    Site site = Site.findRoot(file).map(r -> sites.computeIfAbsent(r, Site::open)).orElse(null);
                    EditSession session = EditSession.open(doc, site);
                    int n = change.apply(session);
                    PageWriter.Prepared after = n == 0 ? null : session.pending();
                    if (after != null && !after.text().equals(doc.text())) {
                        pages.add(new Page(file, doc.text(), after, n));
                    }
                } catch (WriteRefused | InvalidEdit e) {
                    failed.add(new Failed(file, e.getMessage()));
                }
            }
            progress.accept(i + 1);
        }
        return new Plan(label, List.copyOf(pages), List.copyOf(failed), files.size());
    }

    /**
     * Writes the chosen pages of a plan through the one save path (verified, atomic, with
     * backups). A page that changed on disk since the plan was made, or cannot be written, is
     * skipped and named; the others are still written.
     */
    public static Applied apply(Plan plan, Set<Path> chosen) {
        List<Written> written = new ArrayList<>();
        List<Failed> skipped = new ArrayList<>();
        for (Page p : plan.pages()) {
            if (!chosen.contains(p.path())) {
                continue;
            }
            try {
                Path backup = PageWriter.write(p.after(), p.before(), p.path());
                written.add(new Written(p.path(), p.before(), p.text(), backup));
            } catch (WriteRefused e) {
                skipped.add(new Failed(p.path(), e.getMessage()));
            }
        }
        return new Applied(plan.label(), List.copyOf(written), List.copyOf(skipped));
    }

    /**
     * Takes a batch back: each page that still holds what the batch wrote gets what it held before
     * (its backup's text, written through the same save path, so the undo has a backup too); a page
     * edited since is left alone and named.
     */
    public static Undone undo(Applied applied) {
        List<Path> restored = new ArrayList<>();
        List<Failed> left = new ArrayList<>();
        for (Written w : applied.written()) {
            ArchiveDocument now = ArchiveReader.read(w.path());
            if (!now.parsed() || !now.text().equals(w.after())) {
                left.add(new Failed(w.path(), "changed since the batch was applied; left as it is"));
                continue;
            }
            try {
                String before = w.before(); // the backup's text, kept with the batch
                ArchiveDocument back = ArchiveReader.parse(w.path(), now.source(), before);
                PageWriter.write(new PageWriter.Prepared(before, back), w.after(), w.path());
                restored.add(w.path());
            } catch (WriteRefused e) {
                left.add(new Failed(w.path(), e.getMessage()));
            }
        }
        return new Undone(List.copyOf(restored), List.copyOf(left));
    }
}
