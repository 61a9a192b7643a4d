package dev.archivist.io.save;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock a save holds on one file from its changed-on-disk check to its replace, exclusive
 * between the threads of this JVM and between Archivist processes.
 */
final class SaveLock implements AutoCloseable {
    /**
     * Lock files are shared by files whose real paths hash alike, so the lock folder never holds
     * more than this many, however many pages are saved; two pages sharing one only wait for each
     * other's save.
     */
    static final int STRIPES = 4096;
    /** How long a save waits for another one of the same file before it gives up. */
    static final long WAIT_MILLIS = 30_000;
    private static final long POLL_MILLIS = 10;
    /** One JVM cannot hold two overlapping locks on one file, so its threads take turns here first. */
    private static final Map<Integer, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;

    private SaveLock(ReentrantLock local, FileChannel channel) {
        this.local = local;
        this.channel = channel;
    }

    /**
     * Waits for the lock on a file (the real file: a symbolic link's target) and takes it.
     *
     * @throws WriteRefused when another save holds it longer than {@link #WAIT_MILLIS}, or the
     *                      lock file cannot be made: then the save must not go on unguarded
     */
    static SaveLock acquire(Path file) throws WriteRefused {
        int stripe = Math.floorMod(key(file).hashCode(), STRIPES);
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(stripe, s -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("a save started inside another save on the same thread");
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        try {
            if (!local.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw busy(file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteRefused("the save of " + file + " was interrupted before it began; nothing was written", e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(stripe), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            waitForFileLock(channel, file, deadline);
            return new SaveLock(local, channel);
        } catch (IOException | WriteRefused | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            if (e instanceof WriteRefused refused) {
                throw refused;
            }
            throw new WriteRefused("could not lock " + file + " for saving (" + e.getMessage() + "); nothing was written", e);
        }
    }

    /** The file a lock file stands for: its real path, or its real folder's for a file not made yet. */
    private static String key(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            Path dir = file.toAbsolutePath().getParent();
            try {
                return dir.toRealPath().resolve(file.getFileName()).toString();
            } catch (IOException again) {
                return file.toAbsolutePath().normalize().toString();
            }
        }
    }

    /** In the user's cache folder: a lock file inside the site would show in its git status. */
    private static Path lockFile(int stripe) throws IOException {
        Path dir = Files.createDirectories(UserCache.folder("locks"));
        return dir.resolve(String.format("%03x.lock", stripe));
    }

    private static void waitForFileLock(FileChannel channel, Path file, long deadline) throws IOException, WriteRefused {
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw busy(file);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WriteRefused("the save of " + file + " was interrupted before it began; nothing was written", e);
            }
        }
    }

    private static WriteRefused busy(Path file) {
        return new WriteRefused("another Archivist is still saving " + file + " after " + WAIT_MILLIS / 1000
                + " s; nothing was written; try again when it is done");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing the channel releases its lock even when it reports an error
            }
        }
    }

    /** Releases the file lock (closing its channel) before this JVM's, so the next thread here can take both. */
    @Override
    public void close() {
        closeQuietly(channel);
        local.unlock();
    }
}
