package dev.archivist.io.save;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The previous versions of saved files, kept in a folder outside any site, the ten newest of each file. */
final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** What {@link #STAMP} writes: a backup's name is the file's name, a dot and this. */
    private static final Pattern STAMPED = Pattern.compile("\\d{8}-\\d{6}-\\d{3}");
    /** Backups kept of each file. */
    static final int KEEP = 10;

    private Backups() {
    }

    /**
     * Keeps the current file in the backup folder (outside any site) and returns the backup. The
     * file is about to be replaced by a move, which leaves its old content unreachable from the
     * site, so where the folder is on the same file system the backup is a second name for that
     * content (a hard link, no copy of a 14 MB page); elsewhere it is a copy.
     */
    static Path backup(Path file) throws IOException {
        return backup(file, true);
    }

    /** A backup that is always a copy: for a file about to be written in place, which a link would follow. */
    static Path copy(Path file) throws IOException {
        return backup(file, false);
    }

    private static Path backup(Path file, boolean mayLink) throws IOException {
        Path dir = AtomicSave.backupRoot().resolve(Integer.toHexString(file.getParent().toString().hashCode()));
        Files.createDirectories(dir);
        Path copy = dir.resolve(file.getFileName() + "." + LocalDateTime.now().format(STAMP));
        Files.deleteIfExists(copy);
        if (!mayLink || !linked(file, copy)) {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        prune(dir, file.getFileName().toString());
        return copy;
    }

    /**
     * True when the backup was made as a hard link. Only for a file with no other name: content
     * that another name still reaches could change under its backup.
     */
    private static boolean linked(Path file, Path backup) {
        try {
            if (!(Files.getAttribute(file, "unix:nlink") instanceof Integer names) || names != 1) {
                return false;
            }
            Files.createLink(backup, file);
            return true;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false; // another file system, or one without links: a copy
        }
    }

    /**
     * Removes all but the {@link #KEEP} newest backups of one file, so the cache does not grow
     * with every save (a 14.5 MB archive fixed a hundred times would otherwise keep 1.4 GB).
     * Backups are named by their time, so the newest sort last. Best effort: a backup that cannot
     * be removed stays.
     */
    static void prune(Path dir, String fileName) {
        String prefix = fileName + ".";
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(prefix) && STAMPED.matcher(name.substring(prefix.length())).matches();
            }).sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path old : backups.subList(0, Math.max(0, backups.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // a backup kept too many is harmless; the save itself succeeded
            }
        }
    }
}
