package dev.archivist;

import dev.archivist.io.ReadAhead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command-line command over large files in a child JVM tuned for short batch work.
 *
 * <p>On two cores, the optimising JIT compiler spends more CPU compiling the checks than a single
 * run over a 14 MB archive gains from it (measured: half the CPU time with the quick compiler
 * only). A JAR cannot set JVM options, so for inputs of {@link #FORK_FROM_BYTES} or more the
 * process starts itself again with them. {@code -Darchivist.fork=false} turns this off; the editor
 * and small inputs never fork.
 */
final class BatchLauncher {
    static final long FORK_FROM_BYTES = 2L * 1024 * 1024;
    private static final String FORKED = "archivist.forked";
    private static final List<String> BATCH_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");
    /**
     * What survives a young collection in a batch run lives to the end (the page's tree, the fixed
     * tree, the problems to report), so it is moved to the old generation at once instead of being
     * copied between survivor spaces at each collection: measured interleaved on the 14.5 MB
     * archive, pauses 217 to 128 ms and the whole run 7 to 10 % quicker, for {@code check} and {@code fix}.
     */
    static final String TENURE_AT_ONCE = "-XX:MaxTenuringThreshold=0";

    private BatchLauncher() {
    }

    /** True in the child JVM a launcher started. */
    static boolean isForked() {
        return Boolean.getBoolean(FORKED);
    }

    /**
     * Starts reading the large pages named on the command line ({@code .md} files of
     * {@link #FORK_FROM_BYTES} or more) while the command line is parsed; the command then takes
     * them as read ({@link ReadAhead}).
     */
    static void readAhead(String[] args) {
        for (String a : args) {
            try {
                Path p = Path.of(a);
                if (a.endsWith(".md") && Files.isRegularFile(p) && Files.size(p) >= FORK_FROM_BYTES) {
                    ReadAhead.start(p);
                }
            } catch (InvalidPathException | IOException | SecurityException e) {
                // not a page: the command says what is wrong with it
            }
        }
    }

    /** True when this command should run in a tuned child JVM. */
    static boolean worthForking(String[] args) {
        if (isForked() || "false".equals(System.getProperty("archivist.fork"))) {
            return false;
        }
        long total = 0;
        for (String a : args) {
            try {
                Path p = Path.of(a);
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                }
            } catch (InvalidPathException | IOException | SecurityException e) {
                // not a file argument
            }
        }
        return total >= FORK_FROM_BYTES;
    }

    /**
     * A large young generation, given from the start: a check of a big archive allocates a lot of
     * short-lived text, and the default small, growing heap collects often (measured on the 14.5 MB
     * archive: 13 pauses, 530 ms, against 6 pauses, 240 ms). The initial heap never exceeds the
     * maximum this JVM was given.
     */
    static List<String> heapOptions(long maxHeapBytes) {
        long initialMb = Math.min(maxHeapBytes / (1024 * 1024), 512);
        if (initialMb < 64) {
            return List.of();
        }
        return List.of("-XX:NewRatio=1", "-Xms".concat(Long.toString(initialMb)).concat("m"));
    }

    private static boolean anyStartsWith(List<String> options, String... prefixes) {
        for (String option : options) {
            for (String prefix : prefixes) {
                if (option.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The child's JVM options: this JVM's own, but for the compiler and collector the batch run
     * chooses, then the batch options that the given ones do not already settle.
     */
    static List<String> jvmOptions(List<String> given, long maxHeapBytes) {
        List<String> options = new ArrayList<>();
        for (String option : given) {
            if (!option.startsWith("-XX:TieredStopAtLevel") && !option.startsWith("-XX:+Use") && !option.startsWith("-agentlib")) {
                options.add(option);
            }
        }
        options.addAll(BATCH_OPTIONS);
        // plain loops and String.concat, no lambdas or + on strings: this JVM only starts the child,
        // and each lambda or concatenation it makes first costs it a bootstrap (15 ms for all, measured)
        if (!anyStartsWith(given, "-Xms", "-Xmn", "-XX:NewRatio", "-XX:NewSize", "-XX:InitialHeapSize")) {
            options.addAll(heapOptions(maxHeapBytes));
        }
        if (!anyStartsWith(given, "-XX:MaxTenuringThreshold", "-XX:InitialTenuringThreshold", "-XX:+AlwaysTenure",
                "-XX:+NeverTenure")) {
            options.add(TENURE_AT_ONCE);
        }
        return options;
    }

    /**
     * Runs the command in the child and returns its exit status, or -1 when the child could not be
     * started (the caller then runs the command itself).
     */
    static int runForked(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> given = LaunchOptions.ofThisProcess();
        cmd.addAll(jvmOptions(given, Runtime.getRuntime().maxMemory()));
        if (!anyStartsWith(given, "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit")) {
            cmd.addAll(ClassDataCache.plan(List.copyOf(cmd.subList(1, cmd.size()))).options());
        }
        cmd.add("-D" + FORKED + "=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            return new ProcessBuilder(cmd).inheritIO().start().waitFor();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }
}
