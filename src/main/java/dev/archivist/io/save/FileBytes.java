package dev.archivist.io.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Writes a save's bytes through a channel, and checks that a file holds exactly them. */
final class FileBytes {

    private FileBytes() {
    }

    /** Writes all the bytes from the channel's position. */
    static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** True when the file holds exactly the bytes. */
    static boolean readsBack(Path file, byte[] bytes) throws IOException {
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }
}
