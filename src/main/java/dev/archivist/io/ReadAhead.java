package dev.archivist.io;

import dev.archivist.model.ArchiveDocument;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages read before the command that reads them has started: a batch run over a large page
 * starts reading it while the command line is still being parsed (picocli's set-up takes a
 * single core for most of a tenth of a second). {@link ArchiveReader#read(Path)} takes a page
 * read ahead for exactly that path, once; every other read is made as usual.
 */
public final class ReadAhead {
    private static final Map<Path, CompletableFuture<ArchiveDocument>> PENDING = new ConcurrentHashMap<>();

    private ReadAhead() {
    }

    /** Starts reading the page on a thread of its own. */
    public static void start(Path file) {
        CompletableFuture<ArchiveDocument> doc = new CompletableFuture<>();
        if (PENDING.putIfAbsent(file, doc) != null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                doc.complete(ArchiveReader.readNow(file));
            } catch (Throwable e) {
                doc.completeExceptionally(e);
            }
        }, "read-ahead");
        t.setDaemon(true);
        t.start();
    }

    /** The page read ahead for this path (waiting for it when it is not read yet), or null when none was. */
    static ArchiveDocument take(Path file) {
        CompletableFuture<ArchiveDocument> doc = PENDING.remove(file);
        if (doc == null) {
            return null;
        }
        try {
            return doc.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
