package dev.archivist.io.save;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.read.TextDecoder;
import dev.archivist.model.ArchiveDocument;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file safely, under a lock that other Archivist processes respect: the new bytes go to
 * a temporary file in the same folder, the previous version is kept in a backup folder outside the
 * site (the ten newest of each file), then an atomic move puts the new file in place with the old
 * one's owner, mode and attributes (a file with other hard links is written in place instead). A
 * file changed on disk since it was read is not overwritten.
 */
public final class AtomicSave {
    /** Where previous versions go unless {@code archivist.backups} says otherwise. */
    public static final String BACKUPS_PROPERTY = "archivist.backups";
    /** Backups kept of each file. */
    static final int KEEP_BACKUPS = Backups.KEEP;

    private AtomicSave() {
    }

    /** True when the file on disk no longer holds what the document was read from. */
    public static boolean changedOnDisk(ArchiveDocument doc) {
        if (doc.path() == null || !Files.exists(doc.path())) {
            return false;
        }
        ArchiveDocument now = ArchiveReader.read(doc.path());
        return !now.text().equals(doc.text());
    }

    /** True when the file exists and no longer decodes to the expected text. */
    public static boolean changedOnDisk(Path file, String expected) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            TextDecoder.Decoded now = TextDecoder.decode(Files.readAllBytes(file));
            return now.error() != null || !now.text().equals(expected);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Writes the text over the document's file (or to {@code target} for Save As).
     *
     * @return the backup of the previous version, or null when there was none
     * @throws WriteRefused with a message that says what happened and what to do
     */
    public static Path save(ArchiveDocument doc, String text, Path target) throws WriteRefused {
        Path file = target.toAbsolutePath().normalize();
        boolean same = file.equals(doc.path() == null ? null : doc.path().toAbsolutePath().normalize());
        return save(doc, same ? doc.text() : null, text, target);
    }

    /**
     * Writes the text over {@code target}, refusing when the file there no longer holds
     * {@code expectedOnDisk}. An editor that saved once passes the text it saved last, since the
     * disk then no longer holds the document as first read.
     *
     * @param expectedOnDisk the decoded text the target must still hold, or null to skip the check
     *                       (a new file, or Save As over a file the user chose to replace)
     * @return the backup of the previous version, or null when there was none
     * @throws WriteRefused with a message that says what happened and what to do
     */
    public static Path save(ArchiveDocument doc, String expectedOnDisk, String text, Path target) throws WriteRefused {
        Path requested = target.toAbsolutePath().normalize();
        Path dir = requested.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new WriteRefused("the folder " + dir + " no longer exists; use Save As to choose another place");
        }
        Path file = linkTarget(requested);
        if (readOnly(file)) {
            throw new WriteRefused("the file " + file + " is read-only; make it writable or save as another file");
        }
        TempFiles.sweep(file.getParent());
        // another save of the file between this one's check and its replace would be lost unseen
        try (SaveLock lock = SaveLock.acquire(file)) {
            return replace(doc, expectedOnDisk, text, requested, file);
        }
    }

    /**
     * Checks the file, writes the new bytes beside it and puts them in its place: the caller holds
     * the file's lock.
     */
    private static Path replace(ArchiveDocument doc, String expectedOnDisk, String text, Path requested, Path file)
            throws WriteRefused {
        Path temp = null;
        try {
            byte[] bytes = TextEncoder.encode(text, doc.source());
            if (expectedOnDisk != null && changedOnDisk(requested, expectedOnDisk)) {
                throw new WriteRefused("the file changed on disk since it was opened; reload it or save as another file");
            }
            temp = TempFiles.create(file.getParent(), file);
            writeAndReadBack(temp, bytes);
            return install(temp, file, bytes);
        } catch (AccessDeniedException e) {
            throw new WriteRefused("permission denied: " + e.getFile() + " cannot be written; check the file's "
                    + "permissions or save as another file", e);
        } catch (NoSuchFileException e) {
            throw new WriteRefused("the folder disappeared while saving: " + e.getFile(), e);
        } catch (IOException e) {
            throw new WriteRefused("could not save " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp); // still there unless it was moved in place
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless; the error above is what matters
                }
            }
        }
    }

    private static void writeAndReadBack(Path temp, byte[] bytes) throws IOException, WriteRefused {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            FileBytes.write(ch, bytes);
            ch.force(true);
        }
        if (!FileBytes.readsBack(temp, bytes)) {
            throw new WriteRefused("the temporary file did not read back as written; nothing was replaced");
        }
    }

    /**
     * Puts the new bytes, proved in the temporary file, in the file's place: by a move that keeps
     * the file's attributes, or by a write in place for a file with other names.
     *
     * @return the backup of the previous version, or null for a new file
     */
    private static Path install(Path temp, Path file, byte[] bytes) throws IOException, WriteRefused {
        if (!Files.exists(file)) {
            KeptAttributes.newFile(temp);
            move(temp, file);
            return null;
        }
        if (readOnly(file)) {
            throw new WriteRefused("the file " + file + " is read-only; make it writable or save as another file");
        }
        if (otherNames(file)) {
            // a move would give this name a new file and leave the other names on the old one
            Path backup = Backups.copy(file);
            InPlaceWrite.write(file, bytes, backup);
            return backup;
        }
        Path backup = Backups.backup(file);
        KeptAttributes.copy(file, temp);
        try {
            move(temp, file);
        } catch (IOException e) {
            // the file was not replaced: a backup that may be a second name for it is no backup
            Files.deleteIfExists(backup);
            throw e;
        }
        return backup;
    }

    /** True when the file has hard links besides this name. */
    private static boolean otherNames(Path file) {
        try {
            return Files.getAttribute(file, "unix:nlink") instanceof Integer names && names > 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false; // a file system without the unix view: one name, as far as anyone can tell
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file a symbolic link points to, so that saving replaces that file and keeps the link. */
    private static Path linkTarget(Path file) throws WriteRefused {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new WriteRefused("the link " + file + " points to a file that cannot be reached: " + e.getMessage(), e);
        }
    }

    /**
     * True when the file exists and may not be written. The owner's write bit counts too: a
     * process running as root may write anything, but a file marked read-only was marked so on purpose.
     */
    private static boolean readOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The backup folder: the property's, else the user's cache folder, never inside a site. */
    public static Path backupRoot() {
        String configured = System.getProperty(BACKUPS_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return UserCache.folder("backups");
    }
}
