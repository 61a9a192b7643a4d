package dev.archivist.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.FixEngine;
import dev.archivist.io.save.AtomicSave;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fix over a copy of the real site, reviewed, applied with one page unticked and one changed meanwhile, and taken back. */
class SiteChangeTest {
    private static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));

    @TempDir
    Path dir;

    @BeforeEach
    void backups() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
    }

    @AfterEach
    void noBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private static final SiteChange.PageChange SAFE_FIXES = s -> {
        EditSession.Fixed f = s.fixAll(FixEngine.selection(List.of(), s.site()), "Fix all safe problems");
        return f == null ? 0 : f.count();
    };

    @Test
    void aReviewedFixIsWrittenAsChosenAndTakenBackByteForByte() throws Exception {
        Path site = copyOfTheSite();
        List<Path> files = pages(site);
        Map<Path, byte[]> original = bytes(files);
        long start = System.nanoTime();
        int[] done = {0};
        SiteChange.Plan plan = SiteChange.plan("Fix all safe problems", files, SAFE_FIXES,
                n -> done[0] = Math.max(done[0], n), () -> false);
        System.out.printf("site change: %d pages read, %d to change, %d problems, %d failed, %d ms%n", plan.looked(),
                plan.pages().size(), plan.count(), plan.failed().size(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(files.size(), done[0], "progress reaches every page");
        assertTrue(plan.pages().size() > 40, "pages to change: " + plan.pages().size());
        assertEquals(Set.of("_template.md"), plan.failed().stream().map(f -> f.path().getFileName().toString())
                .collect(java.util.stream.Collectors.toSet()), "only the templates do not parse");
        for (SiteChange.Page p : plan.pages()) {
            assertArrayEquals(original.get(p.path()), Files.readAllBytes(p.path()), "the review writes nothing");
        }

        SiteChange.Page unticked = plan.pages().get(0);
        SiteChange.Page changedMeanwhile = plan.pages().get(1);
        Files.writeString(changedMeanwhile.path(), changedMeanwhile.before() + "\nedited elsewhere\n", StandardCharsets.UTF_8);
        byte[] edited = Files.readAllBytes(changedMeanwhile.path());
        Set<Path> chosen = new HashSet<>();
        plan.pages().forEach(p -> chosen.add(p.path()));
        chosen.remove(unticked.path());
        SiteChange.Applied applied = SiteChange.apply(plan, chosen);

        assertEquals(plan.pages().size() - 2, applied.written().size());
        assertEquals(List.of(changedMeanwhile.path()), applied.skipped().stream().map(SiteChange.Failed::path).toList());
        assertTrue(applied.skipped().get(0).reason().contains("changed on disk"), applied.skipped().get(0).reason());
        assertArrayEquals(original.get(unticked.path()), Files.readAllBytes(unticked.path()), "the unticked page");
        assertArrayEquals(edited, Files.readAllBytes(changedMeanwhile.path()), "the page changed meanwhile");
        for (SiteChange.Written w : applied.written()) {
            assertEquals(w.after(), Files.readString(w.path(), StandardCharsets.UTF_8), "written as reviewed");
        }

        SiteChange.Written editedSince = applied.written().get(0);
        Files.writeString(editedSince.path(), editedSince.after() + "\nmore\n", StandardCharsets.UTF_8);
        SiteChange.Undone undone = SiteChange.undo(applied);
        assertEquals(List.of(editedSince.path()), undone.left().stream().map(SiteChange.Failed::path).toList());
        assertEquals(applied.written().size() - 1, undone.restored().size());
        for (Path p : undone.restored()) {
            assertArrayEquals(original.get(p), Files.readAllBytes(p), "taken back byte for byte: " + p);
        }
    }

    @Test
    void aReviewCanBeStopped() throws Exception {
        Path site = copyOfTheSite();
        List<Path> files = pages(site);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(CancellationException.class, () -> SiteChange.plan("Fix", files, SAFE_FIXES,
                n -> done.accumulateAndGet(n, Math::max), () -> done.get() >= 5));
        assertTrue(done.get() < 10, "stopped soon after it was asked: " + done.get());
    }

    private Path copyOfTheSite() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("_books")), "the real site is not beside the project");
        Path site = dir.resolve("site");
        try (Stream<Path> all = Files.walk(CORPUS)) {
            for (Path p : all.filter(p -> !p.toString().contains("/images/")).toList()) {
                Path to = site.resolve(CORPUS.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                    to.toFile().setWritable(true);
                }
            }
        }
        return site;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/_layouts/")).sorted().toList();
        }
    }

    private static Map<Path, byte[]> bytes(List<Path> files) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        for (Path p : files) {
            out.put(p, Files.readAllBytes(p));
        }
        return out;
    }
}
