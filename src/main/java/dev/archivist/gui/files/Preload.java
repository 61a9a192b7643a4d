package dev.archivist.gui.files;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts reading the file named on the command line before the window exists, so a large
 * archive is parsed while the toolkit starts and the window is built; then the names of its
 * site (the index the checks and the name completion use) are made ready the same way.
 */
public final class Preload {
    private static Path path;
    private static CompletableFuture<Loaded> loading;

    private Preload() {
    }

    /** Begins reading the file on a background thread. */
    public static synchronized void start(Path file) {
        path = file.toAbsolutePath().normalize();
        Path p = path;
        loading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Loaded loaded = Loaded.read(p);
                loading.complete(loaded);
                if (loaded.site() != null) {
                    loaded.site().names();
                }
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "archivist-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The reading of this file started at launch, once; null when none was started for it. */
    static synchronized CompletableFuture<Loaded> take(Path file) {
        if (loading == null || !file.toAbsolutePath().normalize().equals(path)) {
            return null;
        }
        CompletableFuture<Loaded> f = loading;
        loading = null;
        path = null;
        return f;
    }

    /** Reads the file, using the reading started at launch when there is one. */
    public static Loaded read(Path file) throws Exception {
        CompletableFuture<Loaded> f = take(file);
        return f != null ? f.get() : Loaded.read(file);
    }
}
