package dev.archivist.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Writes a save's bytes, held in consecutive pieces, through a channel, and checks that a file holds exactly them. */
final class PieceWriter {
    /** Bytes given to one write call: the JDK copies a heap buffer into a direct one of its size first. */
    private static final int WRITE_SLICE = 1 << 20;

    private PieceWriter() {
    }

    /** Writes the pieces one after the other from the channel's position. */
    static void write(FileChannel ch, List<byte[]> pieces) throws IOException {
        for (byte[] bytes : pieces) {
            for (int from = 0; from < bytes.length; from += WRITE_SLICE) {
                ByteBuffer buf = ByteBuffer.wrap(bytes, from, Math.min(WRITE_SLICE, bytes.length - from));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }
    }

    /** The number of bytes in all the pieces. */
    static long length(List<byte[]> pieces) {
        long n = 0;
        for (byte[] piece : pieces) {
            n += piece.length;
        }
        return n;
    }

    /** True when the file holds exactly the pieces, one after the other. */
    static boolean readsBack(Path file, List<byte[]> pieces) throws IOException {
        byte[] written = Files.readAllBytes(file);
        int at = 0;
        for (byte[] piece : pieces) {
            if (at + piece.length > written.length
                    || !Arrays.equals(written, at, at + piece.length, piece, 0, piece.length)) {
                return false;
            }
            at += piece.length;
        }
        return at == written.length;
    }
}
