package dev.archivist.edit.sequences;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of the editor's operations over the samples and every page of the real site
 * (books and podcast episodes), saving several times, with every promise checked after every
 * step ({@link SequenceRunner}). A failure is shrunk to a smallest sequence that still breaks the
 * same promise and written to {@code target/sequence-failures/} as an edit script; kept in
 * {@code src/test/resources/sequences/}, it becomes a regression test ({@link KeptSequencesTest}).
 *
 * <p>Sequence {@code i} runs on page {@code i mod pages}. {@code -Dsequences=N} sets how many
 * sequences run (default 150, or one per page where there are more pages, so that every page runs
 * at least once; about a minute here); {@code -Dsequences.seed=S} another seed.
 */
class EditSequencesTest {
    static final Path SAMPLES = Path.of("samples");
    static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));

    /** Sequences work under target/ (their sites link to the real people and images, which a temporary folder would warn about). */
    static Path work() throws IOException {
        removeWork();
        return Files.createDirectories(workFolder());
    }

    /** In memory where the machine has it: a save syncs the file to disk, which is most of a save's time. */
    private static Path workFolder() {
        Path shm = Path.of("/dev/shm");
        return Files.isDirectory(shm) && Files.isWritable(shm)
                ? shm.resolve("archivist-sequences-" + ProcessHandle.current().pid())
                : Path.of("target", "sequences-work");
    }

    /** The sequences' copies go when the tests are done: /dev/shm is memory, shared by every build on the machine. */
    @org.junit.jupiter.api.AfterAll
    static void removeWork() throws IOException {
        Path work = workFolder();
        if (Files.exists(work)) {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The pages sequences run on: the samples, then the real site's books and episodes. */
    static List<Path> pages() throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(SAMPLES.resolve("book-of-the-week.md"));
        try (Stream<Path> edge = Files.list(SAMPLES.resolve("edge"))) {
            edge.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        for (String collection : List.of("_books", "_podcast")) {
            Path dir = CORPUS.resolve(collection);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().startsWith("_"))
                            .sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    @Test
    void everySequenceOfOperationsKeepsEveryPromise() throws Exception {
        List<Path> pages = pages();
        int sequences = Integer.getInteger("sequences", Math.max(150, pages.size()));
        long seed = Long.getLong("sequences.seed", 20261207L);
        Random rnd = new Random(seed);
        long[] seeds = new long[sequences];
        for (int i = 0; i < sequences; i++) {
            seeds[i] = rnd.nextLong();
        }
        Path work = work();
        // the sequences are independent: they run on all cores, each on its own copy of its page
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < sequences; i++) {
            int n = i;
            runs.add(pool.submit(() -> random(pages.get(n % pages.size()), seeds[n], work.resolve("s" + n))));
        }
        pool.shutdown();
        int steps = 0;
        int saves = 0;
        int invalid = 0;
        int run = 0;
        java.util.Map<String, Integer> byAct = new java.util.TreeMap<>();
        for (int i = 0; i < sequences; i++) {
            Outcome o = runs.get(i).get();
            if (o == null) {
                continue;
            }
            run++;
            steps += o.acts.size();
            saves += o.saves;
            invalid += o.invalid;
            o.acts.forEach(a -> byAct.merge(a.getClass().getSimpleName(), 1, Integer::sum));
            if (o.failure != null) {
                pool.shutdownNow();
                Path page = pages.get(i % pages.size());
                List<Act> smallest = shrink(page, o.acts, o.failure, work.resolve("shrink" + i));
                Path kept = keep(page, seeds[i], smallest);
                fail(page + " (seed " + seeds[i] + "): " + o.failure + "\nsmallest sequence (" + smallest.size()
                        + " steps, in " + kept + "):\n" + String.join("\n", smallest.stream().map(Act::json).toList()));
            }
        }
        System.out.printf("edit sequences: %d sequences on %d of %d pages, %d steps (%s), %d saves, "
                + "%d refused invalid operations%n", run, Math.min(sequences, pages.size()), pages.size(), steps,
                byAct.toString().replaceAll("[{}]", ""), saves, invalid);
        assertTrue(run >= Math.min(sequences, 10), "sequences run: " + run);
    }

    /** What a random sequence did: its steps, and the first broken promise (or null). */
    record Outcome(List<Act> acts, SequenceRunner.Failure failure, int saves, int invalid) {
    }

    /** A random sequence of 5 to 30 steps, ending with a save; null when the page does not open. */
    static Outcome random(Path page, long seed, Path work) throws IOException {
        Random rnd = new Random(seed);
        SequenceRunner runner = new SequenceRunner(page, work);
        if (!runner.open()) {
            return null;
        }
        Generator generator = new Generator(rnd);
        int length = 5 + rnd.nextInt(26);
        List<Act> acts = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            Act act = i == length - 1 ? new Act.Save() : generator.next(runner.state().root());
            acts.add(act);
            SequenceRunner.Failure f = runner.step(act, i);
            if (f != null) {
                return new Outcome(acts, f, runner.saves, runner.invalid);
            }
        }
        return new Outcome(acts, null, runner.saves, runner.invalid);
    }

    /** Runs a fixed sequence on a fresh copy of the page; the first broken promise, or null. */
    static SequenceRunner.Failure replay(Path page, List<Act> acts, Path work) throws IOException {
        SequenceRunner runner = new SequenceRunner(page, work);
        if (!runner.open()) {
            return new SequenceRunner.Failure("the page opens", "it does not parse", 0);
        }
        for (int i = 0; i < acts.size(); i++) {
            SequenceRunner.Failure f = runner.step(acts.get(i), i);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The smallest sequence found that still breaks the same promise (removing chunks, then single steps). */
    static List<Act> shrink(Path page, List<Act> acts, SequenceRunner.Failure failure, Path work) throws IOException {
        List<Act> current = new ArrayList<>(acts.subList(0, failure.step() + 1));
        int tries = 0;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            boolean removed = true;
            while (removed && tries < 400) {
                removed = false;
                for (int from = 0; from + chunk <= current.size() && tries < 400; from += chunk) {
                    List<Act> candidate = new ArrayList<>(current.subList(0, from));
                    candidate.addAll(current.subList(from + chunk, current.size()));
                    if (candidate.isEmpty()) {
                        continue;
                    }
                    tries++;
                    SequenceRunner.Failure f = replay(page, candidate, work.resolve("t" + tries));
                    if (f != null && f.promise().equals(failure.promise())) {
                        current = new ArrayList<>(candidate.subList(0, f.step() + 1));
                        removed = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /** Writes a failing sequence where it can be kept as a regression test; returns the file. */
    static Path keep(Path page, long seed, List<Act> acts) throws IOException {
        Path dir = Path.of("target", "sequence-failures");
        Files.createDirectories(dir);
        Path file = dir.resolve(page.getParent().getFileName() + "--" + page.getFileName() + "--" + Long.toHexString(seed)
                + ".jsonl");
        Files.writeString(file, String.join("\n", acts.stream().map(Act::json).toList()) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
