package dev.archivist.check.names;

import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.NameIndex;
import dev.archivist.site.Site;
import java.lang.management.ManagementFactory;
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
        long c0 = cpu();
        ArchiveDocument doc = ArchiveReader.read(file);
        long t1 = System.nanoTime();
        long c1 = cpu();
        Map<String, Integer> counts = NameIndex.names(doc.root());
        NameClusters clusters = NameClusterer.cluster(counts, Map.of(), List.of(), List.of());
        long t2 = System.nanoTime();
        long c2 = cpu();
        int problems = new NamesCheck().check(CheckContext.of(doc, Site.around(file).orElse(null))).size();
        long t3 = System.nanoTime();
        long c3 = cpu();
        System.out.printf("read+parse %s; names+clustering %s (%d spellings, %d clusters with variants); "
                + "names check %s (%d problems)%n", both(t0, t1, c0, c1), both(t1, t2, c1, c2), counts.size(),
                clusters.withVariants().size(), both(t2, t3, c2, c3), problems);
        if (show) {
            print(clusters);
        }
    }

    private static void site(Path root, boolean show) {
        long t0 = System.nanoTime();
        long c0 = cpu();
        Site site = Site.open(root);
        NameIndex index = site.names();
        long t1 = System.nanoTime();
        long c1 = cpu();
        NameClusters clusters = NameClusterer.cluster(index.counts(), NamesCheck.titles(site), NamesCheck.aliases(site), List.of());
        long t2 = System.nanoTime();
        long c2 = cpu();
        int problems = 0;
        for (NameIndex.Page page : index.pages()) {
            ArchiveDocument doc = ArchiveReader.read(page.path());
            problems += new NamesCheck().check(CheckContext.of(doc, site)).size();
        }
        long t3 = System.nanoTime();
        long c3 = cpu();
        System.out.printf("read %d archives' names %s; clustering %s (%d spellings, %d clusters with variants); "
                + "names check of every archive (re-reading each) %s (%d problems)%n", index.pages().size(),
                both(t0, t1, c0, c1), both(t1, t2, c1, c2), index.counts().size(), clusters.withVariants().size(),
                both(t2, t3, c2, c3), problems);
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

    /** CPU time of the whole process so far, in ns: on a busy machine it tells the work apart from the waiting. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String both(long wallFrom, long wallTo, long cpuFrom, long cpuTo) {
        return ms(wallFrom, wallTo) + " ms (cpu " + ms(cpuFrom, cpuTo) + " ms)";
    }
}
