package dev.archivist.io.save;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The unsaved edits of open pages, kept in the user's data folder ({@code -Darchivist.recovery=DIR},
 * else {@code $XDG_DATA_HOME/archivist/recovery} or {@code ~/.local/share/archivist/recovery}),
 * never inside a site, so that a crash, a kill or a power cut loses none of them. One file per
 * page, named by a hash of its path, holding the page's path, the hash of the disk text the edits
 * were made on, when they were kept, and the whole text a save would write. Safe from any thread.
 */
public final class Recovery {
    /** The system property that puts the recovery folder elsewhere (tests never write to the real home). */
    public static final String PROPERTY = "archivist.recovery";
    private static final String MAGIC = "archivist-recovery 1";
    private static final String SUFFIX = ".recovery";

    private final Path folder;

    /**
     * Edits kept for a page.
     *
     * @param diskHash {@link #hash} of the file's text the edits were made on
     * @param text the whole text a save would have written
     */
    public record Entry(Path page, String diskHash, Instant kept, String text) {
        /** True when the file no longer holds the text the edits were made on. */
        public boolean diskChanged(String diskNow) {
            return !hash(diskNow).equals(diskHash);
        }
    }

    public Recovery(Path folder) {
        this.folder = folder;
    }

    /** The store in the user's data folder (or the property's). */
    public static Recovery user() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new Recovery(Path.of(configured));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new Recovery(data.resolve("archivist").resolve("recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Keeps the edits of a page, replacing those kept before; written to a temporary file, then moved. */
    public synchronized void write(Path page, String diskText, String text) throws IOException {
        Path abs = page.toAbsolutePath().normalize();
        if (abs.toString().contains("\n")) {
            throw new IOException("a path with a line break cannot be kept: " + abs);
        }
        Files.createDirectories(folder);
        String content = MAGIC + "\n" + abs + "\n" + hash(diskText == null ? "" : diskText) + "\n"
                + Instant.now() + "\n" + text;
        Path target = fileOf(abs);
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The edits kept for a page; empty when there are none or the file cannot be read as one. */
    public synchronized Optional<Entry> read(Path page) {
        Path abs = page.toAbsolutePath().normalize();
        return readFile(fileOf(abs)).filter(e -> e.page().equals(abs));
    }

    /** Forgets the edits kept for a page (saved or discarded). Never throws. */
    public synchronized void delete(Path page) {
        try {
            Files.deleteIfExists(fileOf(page.toAbsolutePath().normalize()));
        } catch (IOException e) {
            // left for the next save or discard: an old recovery file is offered, never applied unasked
        }
    }

    /** Every page with kept edits, the newest first; files that cannot be read are passed over. */
    public synchronized List<Entry> all() {
        List<Entry> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path f : files) {
                readFile(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Entry::kept).reversed());
        return found;
    }

    /** The file that keeps a page's edits. */
    public Path fileOf(Path page) {
        return folder.resolve(hash(page.toAbsolutePath().normalize().toString()).substring(0, 32) + SUFFIX);
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Optional<Entry> readFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String[] head = content.split("\n", 5);
            if (head.length < 5 || !head[0].equals(MAGIC) || head[2].length() != 64) {
                return Optional.empty();
            }
            return Optional.of(new Entry(Path.of(head[1]), head[2], Instant.parse(head[3]), head[4]));
        } catch (IOException | RuntimeException e) {
            // a torn or foreign file (DateTimeParseException, bad path, bad UTF-8) is no recovery
            return Optional.empty();
        }
    }
}
