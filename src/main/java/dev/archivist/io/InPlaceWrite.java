package dev.archivist.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a save's bytes over a file that has other names (hard links), so that every name sees
 * the edit, and puts the previous version back from its backup copy when that fails.
 */
final class InPlaceWrite {

    /** Writes the pieces from the start of an open file; tests put a failing one in its place. */
    @FunctionalInterface
    interface Overwrite {
        void write(FileChannel ch, List<byte[]> pieces) throws IOException;
    }

    private InPlaceWrite() {
    }

    /**
     * Writes the pieces over the file, forces them to disk and reads them back.
     *
     * @param backup a copy of the file as it is now (never a second name for it)
     * @throws WriteRefused when the write fails, saying whether the previous version was put back
     */
    static void write(Path file, List<byte[]> pieces, Path backup) throws WriteRefused {
        write(file, pieces, backup, PieceWriter::write);
    }

    static void write(Path file, List<byte[]> pieces, Path backup, Overwrite how) throws WriteRefused {
        IOException failure;
        try {
            overwrite(file, pieces, how);
            if (PieceWriter.readsBack(file, pieces)) {
                return;
            }
            failure = new IOException("it did not read back as written");
        } catch (IOException e) {
            failure = e;
        }
        try {
            List<byte[]> previous = List.of(Files.readAllBytes(backup));
            overwrite(file, previous, PieceWriter::write);
            if (!PieceWriter.readsBack(file, previous)) {
                throw new IOException("it did not read back as written");
            }
        } catch (IOException e) {
            throw new WriteRefused("could not write " + file + " in place (" + reason(failure) + ") nor put its previous "
                    + "version back (" + reason(e) + "); that version is kept at " + backup, failure);
        }
        throw new WriteRefused("could not write " + file + " in place (" + reason(failure)
                + "); its previous version was put back, nothing was changed", failure);
    }

    private static void overwrite(Path file, List<byte[]> pieces, Overwrite how) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            how.write(ch, pieces);
            ch.truncate(PieceWriter.length(pieces));
            ch.force(true);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
