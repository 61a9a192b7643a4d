package dev.archivist.check.names;

import dev.archivist.check.CheckContext;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.NameIndex;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Times name clustering for the README: {@code NamesBenchmark FILE|SITE...} ({@code -Drounds=5},
 * {@code -Dshow=true} to print the clusters). For a file: reading it, collecting its names and
 * clustering them, then the whole names check. For a site folder: reading every archive's names,
 * clustering them all, then the names check of every archive. Each round starts cold for the
 * site (a new {@link Site}); the first round also pays for loading and compiling the code.
 * Not a unit test: speed is measured here, outside the test suite.
 */
public final class NamesBenchmark {

    public static void main(String[] args) {
        boolean show = Boolean.getBoolean("show");
        for (String arg : args) {
            Path p = Path.of(arg);
            int rounds = Integer.getInteger("rounds", 5);
            System.out.println("== " + p);
            for (int round = 1; round <= rounds; round++) {
                System.out.print("round " + round + ": ");
                if (Files.isDirectory(p)) {
                    site(p, show && round == rounds);
                } else {
                    file(p, show && round == rounds);
                }
            }
        }
    }

    private static void file(Path file, boolean show) {
        long t0 = System.nanoTime();
        ArchiveDocument doc = ArchiveReader.read(file);
        long t1 = System.nanoTime();
        Map<String, Integer> counts = NameIndex.names(doc.root());
        NameClusters clusters = NameClusterer.cluster(counts, Map.of(), List.of(), List.of());
        long t2 = System.nanoTime();
        int problems = new NamesCheck().check(CheckContext.of(doc, Site.around(file).orElse(null))).size();
        long t3 = System.nanoTime();
        System.out.printf("read+parse %d ms; names+clustering %d ms (%d spellings, %d clusters with variants); "
                + "names check %d ms (%d problems)%n", ms(t0, t1), ms(t1, t2), counts.size(),
                clusters.withVariants().size(), ms(t2, t3), problems);
        if (show) {
            print(clusters);
        }
    }

    private static void site(Path root, boolean show) {
        long t0 = System.nanoTime();
        Site site = Site.open(root);
        NameIndex index = site.names();
        long t1 = System.nanoTime();
        NameClusters clusters = NameClusterer.cluster(index.counts(), NamesCheck.titles(site), NamesCheck.aliases(site), List.of());
        long t2 = System.nanoTime();
        int problems = 0;
        for (NameIndex.Page page : index.pages()) {
            ArchiveDocument doc = ArchiveReader.read(page.path());
            problems += new NamesCheck().check(CheckContext.of(doc, site)).size();
        }
        long t3 = System.nanoTime();
        System.out.printf("read %d archives' names %d ms; clustering %d ms (%d spellings, %d clusters with variants); "
                + "names check of every archive (re-reading each) %d ms (%d problems)%n", index.pages().size(),
                ms(t0, t1), ms(t1, t2), index.counts().size(), clusters.withVariants().size(), ms(t2, t3), problems);
        if (show) {
            print(clusters);
        }
    }

    private static void print(NameClusters clusters) {
        for (NameCluster c : clusters.withVariants()) {
            System.out.println("  " + c.canonical() + " [" + c.source() + "] " + c.counts());
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
