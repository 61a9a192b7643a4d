package dev.archivist;

import dev.archivist.io.UserCache;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive for the batch child JVM ({@link BatchLauncher}): the classes a
 * command loads, already parsed and verified, mapped from a file instead of read from the JAR.
 * Measured on two cores: 0.1 to 0.3 s off a check of the 14.5 MB archive (median 2.26 s against 2.55 s).
 *
 * <p>The archive is made once, before the first forked run, by a training run of its own
 * ({@code -XX:ArchiveClassesAtExit}, see {@link Training}) into a file of its own that is then moved
 * into place, so two runs at once never see half an archive. Its name holds a hash of the Java runtime and the
 * class path with each entry's size and time, so a rebuilt JAR or another JDK makes a new one. The
 * JVM checks the archive itself and runs without it when it does not fit; CDS messages are turned
 * off so they never mix with a command's output. {@code -Darchivist.cds=false} turns it off.
 */
final class ClassDataCache {
    static final String PROPERTY = "archivist.cds";
    /** The JVM's CDS messages (warnings about classes it cannot archive) would go to standard output. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final int TRAINING_SECONDS = 120;
    /** Archives kept: a few JARs or JDKs used in turn do not each train again. */
    private static final int KEPT = 3;

    /** What to add to the child's command line. */
    record Plan(List<String> options) {
        static final Plan NONE = new Plan(List.of());
    }

    private ClassDataCache() {
    }

    /** The plan for this runtime and class path, or {@link Plan#NONE} when off or impossible. */
    static Plan plan(List<String> jvmOptions) {
        if ("false".equals(System.getProperty(PROPERTY))) {
            return Plan.NONE;
        }
        try {
            String classPath = System.getProperty("java.class.path");
            // String.concat, not +: see BatchLauncher.runForked
            String key = key(System.getProperty("java.home").concat("|").concat(System.getProperty("java.vm.version")), classPath);
            return key == null ? Plan.NONE : plan(UserCache.folder("cds"), key, jvmOptions, classPath);
        } catch (InvalidPathException | SecurityException e) {
            return Plan.NONE;
        }
    }

    /**
     * Uses the archive for the key, making it first when there is none: a training run of its own
     * (a few commands over a generated page) dumps it, so a failure to dump (no base archive in the
     * JDK, a full disk) never touches the user's command. A failed training is not tried again.
     */
    static Plan plan(Path folder, String key, List<String> jvmOptions, String classPath) {
        Path archive = folder.resolve("archivist-".concat(key).concat(".jsa"));
        Path failed = folder.resolve("archivist-".concat(key).concat(".failed"));
        if (!Files.isRegularFile(archive) && !Files.exists(failed)) {
            train(folder, archive, failed, jvmOptions, classPath);
        }
        if (!Files.isRegularFile(archive)) {
            return Plan.NONE;
        }
        List<String> options = new ArrayList<>(QUIET);
        options.add("-XX:SharedArchiveFile=".concat(archive.toString()));
        return new Plan(options);
    }

    private static void train(Path folder, Path archive, Path failed, List<String> jvmOptions, String classPath) {
        Path pending = null;
        try {
            Files.createDirectories(folder);
            pending = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.addAll(QUIET);
            cmd.add("-XX:ArchiveClassesAtExit=" + pending);
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(Training.class.getName());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            if (done && p.exitValue() == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
                try {
                    Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(pending, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                keepNewest(folder, KEPT);
            } else {
                Files.writeString(failed, "the training run could not write a class data archive\n");
            }
        } catch (IOException | RuntimeException e) {
            // a cache: without it the command is only a little slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (pending != null) {
                try {
                    Files.deleteIfExists(pending);
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
    }

    /**
     * Removes all but the {@code kept} newest archives (and failure marks): each rebuilt JAR makes
     * a new archive of several megabytes, which nothing else would ever remove.
     */
    static void keepNewest(Path folder, int kept) {
        for (String suffix : List.of(".jsa", ".failed")) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> old = files.filter(f -> f.getFileName().toString().startsWith("archivist-")
                                && f.getFileName().toString().endsWith(suffix))
                        .sorted(Comparator.comparing(ClassDataCache::modified).reversed()).skip(kept).toList();
                for (Path f : old) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                // a cache: left for the next time
            }
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A name for the runtime and each class path entry's path, size and time; null when an entry cannot be read. */
    static String key(String runtime, String classPath) {
        StringBuilder sb = new StringBuilder(runtime);
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                Path p = Path.of(entry);
                if (!Files.isRegularFile(p)) {
                    return null; // a folder of classes changes without telling: no archive for it
                }
                sb.append('|').append(p.toAbsolutePath()).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException | InvalidPathException e) {
                return null;
            }
        }
        return hash(sb.toString());
    }

    /**
     * A 64-bit FNV-1a hash of the text, in hex: a name, not a secret, so no message digest (the
     * security providers a digest loads cost the launching JVM tens of milliseconds). Two keys that
     * collide would only share an archive the JVM then refuses for the other class path.
     */
    static String hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        String hex = Long.toHexString(h);
        return "0".repeat(16 - hex.length()).concat(hex);
    }
}
