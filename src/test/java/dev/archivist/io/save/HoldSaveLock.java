package dev.archivist.io.save;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Another Archivist process, for {@link AtomicSaveLockTest}: takes the save lock of a file, says
 * "locked", waits for a line on its input, writes its text into the file and lets the lock go.
 */
public final class HoldSaveLock {
    private HoldSaveLock() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (SaveLock lock = SaveLock.acquire(file.toRealPath())) {
            System.out.println("locked");
            System.out.flush();
            in.readLine();
            Files.writeString(file, args[1], StandardCharsets.UTF_8);
        }
        System.out.println("released");
        System.out.flush();
    }
}
