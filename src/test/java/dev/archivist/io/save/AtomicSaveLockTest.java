package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two saves of one file at once: the changed-on-disk check and the replace are one step, so one of them loses. */
class AtomicSaveLockTest {
    private static final String PAGE = "---\ntitle: One\n---\nBody\n";

    @TempDir
    Path dir;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @Test
    void twoSavesOfTheSameVersionAtOnceLetExactlyOneWin() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        for (int trial = 0; trial < 60; trial++) {
            Path file = Files.writeString(site.resolve("page-" + trial + ".md"), PAGE);
            ArchiveDocument doc = ArchiveReader.read(file);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> runs = new ArrayList<>();
            for (String title : List.of("Left", "Right")) {
                String text = PAGE.replace("One", title);
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        AtomicSave.save(doc, doc.text(), text, file);
                        return text;
                    } catch (WriteRefused e) {
                        assertTrue(e.getMessage().contains("changed on disk since it was opened; reload it"),
                                e.getMessage());
                        return null;
                    }
                }));
            }
            List<String> won = new ArrayList<>();
            for (Future<String> run : runs) {
                String text = run.get(20, TimeUnit.SECONDS);
                if (text != null) {
                    won.add(text);
                }
            }
            assertEquals(1, won.size(), "trial " + trial + ": saves that wrote: " + won);
            assertEquals(won.get(0), Files.readString(file), "trial " + trial + ": the file holds the winner's text");
        }
    }

    @Test
    void aSaveWaitsForAnotherProcessThatHoldsTheLockAndThenSeesItsChange() throws Exception {
        Path file = Files.writeString(dir.resolve("page.md"), PAGE);
        ArchiveDocument doc = ArchiveReader.read(file);
        String theirs = PAGE.replace("One", "Theirs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-D" + UserCache.PROPERTY + "=" + System.getProperty(UserCache.PROPERTY, ""), "-cp",
                System.getProperty("java.class.path"), HoldSaveLock.class.getName(), file.toString(), theirs)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new java.io.OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
            assertEquals("locked", out.readLine(), "the other process did not take the lock");
            Future<Path> mine = pool.submit(() -> AtomicSave.save(doc, doc.text(), PAGE.replace("One", "Mine"), file));
            Thread.sleep(300);
            assertFalse(mine.isDone(), "the save went on while another process held the lock");
            in.write("go\n");
            in.flush();
            assertEquals("released", out.readLine());
            ExecutionException e = assertThrows(ExecutionException.class, () -> mine.get(20, TimeUnit.SECONDS));
            assertInstanceOf(WriteRefused.class, e.getCause());
            assertTrue(e.getCause().getMessage().contains("changed on disk"), e.getCause().getMessage());
        } finally {
            assertTrue(other.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals(0, other.exitValue());
        assertEquals(theirs, Files.readString(file), "the other process's save is kept");
    }
}
