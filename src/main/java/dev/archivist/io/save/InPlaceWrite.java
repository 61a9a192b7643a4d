package dev.archivist.io.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a save's bytes over a file that has other names (hard links), so that every name sees
 * the edit, and puts the previous version back from its backup copy when that fails.
 */
final class InPlaceWrite {

    /** Writes the bytes from the start of an open file; tests put a failing one in its place. */
    @FunctionalInterface
    interface Overwrite {
        void write(FileChannel ch, byte[] bytes) throws IOException;
    }

    private InPlaceWrite() {
    }

    /**
     * Writes the bytes over the file, forces them to disk and reads them back.
     *
     * @param backup a copy of the file as it is now (never a second name for it)
     * @throws WriteRefused when the write fails, saying whether the previous version was put back
     */
    static void write(Path file, byte[] bytes, Path backup) throws WriteRefused {
        write(file, bytes, backup, FileBytes::write);
    }

    static void write(Path file, byte[] bytes, Path backup, Overwrite how) throws WriteRefused {
        IOException failure;
        try {
            overwrite(file, bytes, how);
            if (FileBytes.readsBack(file, bytes)) {
                return;
            }
            failure = new IOException("it did not read back as written");
        } catch (IOException e) {
            failure = e;
        }
        try {
            byte[] previous = Files.readAllBytes(backup);
            overwrite(file, previous, FileBytes::write);
            if (!FileBytes.readsBack(file, previous)) {
                throw new IOException("it did not read back as written");
            }
        } catch (IOException e) {
            throw new WriteRefused("could not write " + file + " in place (" + reason(failure) + ") nor put its previous "
                    + "version back (" + reason(e) + "); that version is kept at " + backup, failure);
        }
        throw new WriteRefused("could not write " + file + " in place (" + reason(failure)
                + "); its previous version was put back, nothing was changed", failure);
    }

    private static void overwrite(Path file, byte[] bytes, Overwrite how) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            how.write(ch, bytes);
            ch.truncate(bytes.length);
            ch.force(true);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
