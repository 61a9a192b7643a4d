package dev.archivist.io.save;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files a save writes beside the file it replaces, named for the process that
 * makes them ({@code .<name>.<pid>.<random>.archivist-tmp}) so that a later save can remove
 * those a killed process left in the site.
 */
final class TempFiles {
    static final String SUFFIX = ".archivist-tmp";
    private static final Pattern WITH_PID = Pattern.compile("\\..+\\.(\\d{1,18})\\.\\d+" + Pattern.quote(SUFFIX));
    /** The names made before they held a process id: {@code .<name><random>.archivist-tmp}. */
    private static final Pattern WITHOUT_PID = Pattern.compile("\\..+\\d" + Pattern.quote(SUFFIX));
    /** A temporary file without a process id is left alone this long: its save may still be running. */
    static final Duration OLD_STYLE_AGE = Duration.ofHours(1);
    /** A process started this long after a file was last written cannot have written it. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    /** A folder is looked through at most this often, so a batch run of a thousand saves lists it once. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Map<Path, Instant> SWEPT = new ConcurrentHashMap<>();

    private TempFiles() {
    }

    /** Makes a new, empty temporary file for {@code file} in {@code dir}, readable by this user only. */
    static Path create(Path dir, Path file) throws IOException {
        return Files.createTempFile(dir, "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".", SUFFIX);
    }

    /**
     * Removes from {@code dir} the temporary files of Archivist processes that are gone (and those
     * without a process id that are older than an hour). Best effort: never throws, and never
     * touches anything but a regular file with a temporary file's name.
     */
    static void sweep(Path dir) {
        Instant now = Instant.now();
        Instant last = SWEPT.get(dir);
        if (last != null && last.plus(SWEEP_EVERY).isAfter(now)) {
            return;
        }
        SWEPT.put(dir, now);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
            for (Path temp : temps) {
                removeIfLeft(temp, now);
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed keeps its leftovers; the save itself is not at stake
        }
    }

    private static void removeIfLeft(Path temp, Instant now) {
        try {
            BasicFileAttributes a = Files.readAttributes(temp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isRegularFile() && left(temp.getFileName().toString(), a.lastModifiedTime().toInstant(), now)) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // gone already, or not ours to remove: either way nothing to do
        }
    }

    /** True when the name is a temporary file's and the save that made it has ended. */
    static boolean left(String name, Instant modified, Instant now) {
        Matcher m = WITH_PID.matcher(name);
        if (m.matches()) {
            return !running(Long.parseLong(m.group(1)), modified);
        }
        return WITHOUT_PID.matcher(name).matches() && modified.plus(OLD_STYLE_AGE).isBefore(now);
    }

    /** True when the process may be the one that last wrote a file at {@code modified}. */
    private static boolean running(long pid, Instant modified) {
        if (pid == ProcessHandle.current().pid()) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        // a live process that started after the file was written has only taken a dead one's id
        Optional<Instant> started = process.get().info().startInstant();
        return started.isEmpty() || !started.get().isAfter(modified.plus(CLOCK_SLACK));
    }
}
