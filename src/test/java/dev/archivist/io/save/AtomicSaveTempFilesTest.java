package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save killed half-way leaves its temporary file; the next save in that folder removes it, and only it. */
class AtomicSaveTempFilesTest {
    private static final String PAGE = "---\ntitle: One\n---\nBody\n";

    @TempDir
    Path site;
    @TempDir
    Path backups;

    @BeforeEach
    void useTheTemporaryBackupFolder() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    /** The id of a process that has ended: a child that ran and finished. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        Assumptions.assumeTrue(ProcessHandle.of(p.pid()).isEmpty(), "the finished child's id was taken again");
        return p.pid();
    }

    private Path file(String name, Duration age) throws Exception {
        Path f = Files.writeString(site.resolve(name), "half a page");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
        return f;
    }

    private Set<String> names() throws Exception {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aSaveRemovesTheTemporaryFilesOfArchivistProcessesThatAreGoneAndNothingElse() throws Exception {
        long dead = deadPid();
        long alive = ProcessHandle.current().pid();
        Path page = Files.writeString(site.resolve("page.md"), PAGE);
        Path notes = Files.writeString(site.resolve("notes.md.1.2"), PAGE);
        List<Path> gone = List.of(
                file(".page.md." + dead + ".8812731.archivist-tmp", Duration.ZERO),
                file(".notes.md.1.2." + dead + ".55.archivist-tmp", Duration.ZERO),
                file(".page.md5561234098.archivist-tmp", Duration.ofHours(2)));
        List<Path> kept = List.of(
                file(".page.md." + alive + ".9912.archivist-tmp", Duration.ofHours(2)),
                file(".page.md7781234.archivist-tmp", Duration.ofMinutes(1)),
                file("page.md." + dead + ".1.archivist-tmp", Duration.ofHours(2)),
                file(".page.md." + dead + ".1.archivist-tmp.orig", Duration.ofHours(2)),
                file(".page.md." + dead + ".archivist-tmp-notes", Duration.ofHours(2)),
                Files.createDirectory(site.resolve(".folder." + dead + ".1.archivist-tmp")));
        ArchiveDocument doc = ArchiveReader.read(page);
        AtomicSave.save(doc, PAGE.replace("One", "Two"), page);
        Set<String> expected = new TreeSet<>(List.of("page.md", notes.getFileName().toString()));
        kept.forEach(k -> expected.add(k.getFileName().toString()));
        assertEquals(expected, names(), "removed: " + gone);
        assertEquals(PAGE.replace("One", "Two"), Files.readString(page));
    }

    @Test
    void aLiveProcessKeepsItsTemporaryFileUnlessItStartedAfterTheFileWasWritten() throws Exception {
        ProcessHandle other = ProcessHandle.current().parent().orElse(null);
        Assumptions.assumeTrue(other != null && other.info().startInstant().isPresent(), "no parent process to ask");
        Duration running = Duration.between(other.info().startInstant().get(), Instant.now());
        Path page = Files.writeString(site.resolve("page.md"), PAGE);
        Path theirs = file(".page.md." + other.pid() + ".1.archivist-tmp", running.minusSeconds(1).isNegative()
                ? Duration.ZERO : running.minusSeconds(1));
        Path olderThanThem = file(".page.md." + other.pid() + ".2.archivist-tmp", running.plusHours(1));
        AtomicSave.save(ArchiveReader.read(page), PAGE.replace("One", "Two"), page);
        assertTrue(Files.exists(theirs), "the temporary file of a live process was removed");
        assertTrue(Files.notExists(olderThanThem), "a file older than the process with its id is another's");
    }

    @Test
    void theTemporaryFileNamesTheProcessThatMadeIt() throws Exception {
        Path page = Files.writeString(site.resolve("page.md"), PAGE);
        ArchiveDocument doc = ArchiveReader.read(page);
        List<String> created = new ArrayList<>();
        try (WatchService watch = site.getFileSystem().newWatchService()) {
            site.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            AtomicSave.save(doc, PAGE.replace("One", "Two"), page);
            WatchKey key = watch.poll(10, TimeUnit.SECONDS);
            while (key != null) {
                key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                key.reset();
                key = watch.poll(200, TimeUnit.MILLISECONDS);
            }
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        assertTrue(created.stream().anyMatch(n -> n.matches("\\.page\\.md\\." + pid + "\\.\\d+\\.archivist-tmp")),
                "no temporary file named for this process: " + created);
        assertEquals(Set.of("page.md"), names(), "a temporary file was left behind");
    }
}
