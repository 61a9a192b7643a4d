package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.archivist.io.TestPages;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.UserCache;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault 8 of issue 15: two {@code fix} processes on one page at once, each fixing its own kind.
 * A run that exits 0 has its fixes in the file; a run that lost the race exits 2 and says so in
 * words; the file is always one whole write, never a mix, and never misses a run reported as done.
 * Each process warms up and then waits to be told to go, so the two saves meet: started cold on a
 * loaded machine, JVM start-up spread the runs so far apart that, with the save lock taken out,
 * one run's fixes were lost in at most 2 of 30 trials; told at once, in 13 of 20.
 */
class ConcurrentFixTest {
    /** Trials of two runs each; {@code -DconcurrentFixTrials=N} runs more or fewer. */
    private static final int TRIALS = Integer.getInteger("concurrentFixTrials", 12);
    private static final String LINKS = "links.tracking-params";
    private static final String ENTITIES = "encoding.html-entity";
    /** What a refused save says: the page changed under it, or the other run held the lock too long. */
    private static final List<String> REFUSALS = List.of("the file changed on disk since it was opened",
            "another Archivist is still saving");

    @TempDir
    Path dir;
    private Path books;
    private Path cache;
    private String original;
    /** The page after each kind's fix alone, and after both, keyed by what they hold. */
    private Map<String, String> outcomes;

    /** One {@code fix} process: its kinds, what it says while it runs, and what it returned and printed. */
    private record Run(String kinds, Process process, BufferedReader said, Path err, StringBuilder out) {
        void go() throws IOException {
            process.getOutputStream().write("go\n".getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        void finish(int trial) throws IOException, InterruptedException {
            for (String line = said.readLine(); line != null; line = said.readLine()) {
                out.append(line).append('\n');
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("trial " + trial + ": fix --kinds " + kinds + " did not end in 60 s");
            }
        }

        int exit() {
            return process.exitValue();
        }

        String stdout() {
            return out.toString();
        }

        String stderr() throws IOException {
            return Files.readString(err);
        }
    }

    @BeforeEach
    void aSiteWithAPageOfTwoFixableKinds() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createDirectories(site.resolve("_people"));
        books = Files.createDirectories(site.resolve("_books"));
        String configured = System.getProperty(UserCache.PROPERTY);
        // both processes must share the lock folder, which is in the cache folder
        cache = configured == null || configured.isBlank() ? dir.resolve("cache") : Path.of(configured);
        original = Files.readString(TestPages.SAMPLES.resolve("book-of-the-week.md"));
        String links = fixedInProcess("alone-links.md", LINKS);
        String entities = fixedInProcess("alone-entities.md", ENTITIES);
        String both = fixedInProcess("both.md", LINKS, ENTITIES);
        assertEquals(both, fixedInProcess("both-other-order.md", ENTITIES, LINKS), "the two kinds' fixes depend on their order");
        assertEquals(4, List.of(original, links, entities, both).stream().distinct().count(),
                "each kind must fix something of its own on the page");
        outcomes = Map.of(original, "untouched", links, LINKS + " only", entities, ENTITIES + " only", both, "both");
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    /** The page after {@code fix --kinds K} for each kind in turn, run in this JVM on a copy. */
    private String fixedInProcess(String name, String... kinds) throws IOException {
        Path page = Files.writeString(books.resolve(name), original);
        for (String kind : kinds) {
            CommandLineTest.Run r = CommandLineTest.run("fix", "--kinds", kind, page.toString());
            assertEquals(ArchivistCommand.OK, r.exit(), r.out() + r.err());
        }
        return Files.readString(page);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoFixRunsAtOnceNeverBothReportDoneWithOneRunsFixesLost() throws Exception {
        int refused = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path page = Files.writeString(books.resolve("page-" + trial + ".md"), original);
            List<Run> runs = List.of(start(page, LINKS, trial), start(page, ENTITIES, trial));
            for (Run run : runs) {
                assertEquals("ready", run.said().readLine(), "trial " + trial + ": fix --kinds " + run.kinds()
                        + " did not start: " + run.stderr());
            }
            for (Run run : runs) {
                run.go();
            }
            for (Run run : runs) {
                run.finish(trial);
            }
            String after = Files.readString(page);
            String outcome = outcomes.get(after);
            assertTrue(outcome != null, "trial " + trial + ": the page is no whole write of either run:\n" + after);
            for (Run run : runs) {
                refused += judge(trial, page, run, outcome);
            }
        }
        System.out.println("ConcurrentFixTest: " + TRIALS + " trials, " + refused + " runs refused as having lost the race");
    }

    /**
     * Checks one run's exit and words against the page it left.
     *
     * @return 1 when the run's save was refused, 0 when it was done
     */
    private int judge(int trial, Path page, Run run, String outcome) throws IOException {
        String out = run.stdout();
        String err = run.stderr();
        String said = "trial " + trial + ": fix --kinds " + run.kinds() + " exited " + run.exit() + ", page holds "
                + outcome + "\nstdout: " + out + "\nstderr: " + err;
        assertFalse((out + err).contains("Exception") || (out + err).contains("\tat "), said);
        if (run.exit() == ArchivistCommand.OK) {
            assertTrue(out.contains("fixed " + page + ": {" + run.kinds() + "="), said);
            assertTrue(outcome.equals("both") || outcome.equals(run.kinds() + " only"),
                    "a run reported as done lost its fixes: " + said);
            return 0;
        }
        assertEquals(ArchivistCommand.ERROR, run.exit(), said);
        assertTrue(REFUSALS.stream().anyMatch(words -> out.contains(page + ": error: " + words)), said);
        assertTrue(out.contains("1 file not written"), said);
        assertFalse(outcome.equals("both") || outcome.equals(run.kinds() + " only"),
                "a refused run's fixes were written: " + said);
        return 1;
    }

    /** Starts a process that runs {@code fix --kinds K PAGE} when told, in a JVM already warm. */
    private Run start(Path page, String kinds, int trial) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path err = dir.resolve("trial-" + trial + "-" + kinds + ".err");
        List<String> command = List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx256m",
                "-D" + UserCache.PROPERTY + "=" + cache, "-D" + AtomicSave.BACKUPS_PROPERTY + "=" + dir.resolve("backups"),
                "-cp", System.getProperty("java.class.path"), FixWhenTold.class.getName(), "fix", "--kinds", kinds,
                page.toString());
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return new Run(kinds, process, said, err, new StringBuilder());
    }
}
