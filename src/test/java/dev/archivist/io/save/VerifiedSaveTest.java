package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promise 5: the new text is proved before anything is written, and replacing a file is safe. */
class VerifiedSaveTest {
    @TempDir
    Path site;
    @TempDir
    Path backups;
    Path page;
    byte[] original;

    @BeforeEach
    void copyTheSampleIntoASite() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        Files.createDirectories(site.resolve("_people"));
        Path books = Files.createDirectories(site.resolve("_books"));
        page = TestPages.copy(TestPages.SAMPLES.resolve("book-of-the-week.md"), books);
        original = Files.readAllBytes(page);
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private String retitled(ArchiveDocument doc, String title) throws WriteRefused {
        YamlPath path = YamlPath.of("title");
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        return PageWriter.patched(doc, (YMapping) path.replace(doc.root(), old.withValue(title)), doc.body());
    }

    @Test
    void aTreeThatWouldReadBackDifferentlyIsRefused() {
        ArchiveDocument doc = ArchiveReader.read(page);
        YMapping intended = (YMapping) YamlPath.of("title").replace(doc.root(),
                new YScalar("abc", "int", ScalarStyle.PLAIN, null));
        WriteRefused e = assertThrows(WriteRefused.class, () -> PageWriter.patched(doc, intended, doc.body()));
        assertTrue(e.getMessage().contains("'title'") && e.getMessage().contains("nothing was written"), e.getMessage());
    }

    @Test
    void aTextThatWouldReadBackDifferentlyIsRefused() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        String text = retitled(doc, "New title");
        YMapping intended = (YMapping) YamlPath.of("title").replace(doc.root(), YScalar.str("New title"));
        String tampered = text.replace("title: \"New title\"", "title: 'yes'");
        assertNotEquals(text, tampered);
        assertThrows(WriteRefused.class, () -> PageWriter.verify(doc, tampered, intended, doc.body()));
        String brokenBody = text + "more";
        assertThrows(WriteRefused.class, () -> PageWriter.verify(doc, brokenBody, intended, doc.body()));
        String unparseable = text.replace("title: \"New title\"", "title: \"New title");
        assertThrows(WriteRefused.class, () -> PageWriter.verify(doc, unparseable, intended, doc.body()));
    }

    @Test
    void savingReplacesTheFileByMovingANewOneInPlace() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Object inode = Files.getAttribute(page, "unix:ino");
        String text = retitled(doc, "New title");
        List<String> created = new java.util.ArrayList<>();
        try (WatchService watch = page.getFileSystem().newWatchService()) {
            page.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            AtomicSave.save(doc, text, page);
            WatchKey key = watch.poll(10, TimeUnit.SECONDS);
            while (key != null) {
                key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
                key.reset();
                key = watch.poll(200, TimeUnit.MILLISECONDS);
            }
        }
        assertTrue(created.stream().anyMatch(n -> n.startsWith(".book-of-the-week.md") && n.endsWith(".archivist-tmp")),
                "no temporary file was made in the page's folder: " + created);

        // a file with one name is never written in place (a file with two is: AtomicSaveAttributesTest)
        assertNotEquals(inode, Files.getAttribute(page, "unix:ino"));
        assertTrue(Files.readString(page).contains("title: \"New title\"\n"));
        try (Stream<Path> files = Files.list(page.getParent())) {
            assertEquals(List.of(page), files.toList(), "a temporary file was left behind");
        }
    }

    @Test
    void thePreviousVersionIsKeptInTheBackupFolderNotInTheSite() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Path backup = AtomicSave.save(doc, retitled(doc, "New title"), page);
        assertTrue(backup.toAbsolutePath().startsWith(backups.toAbsolutePath()), backup.toString());
        assertArrayEquals(original, Files.readAllBytes(backup));
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(4, files.count(), "only the site, its two folders and the page: no backup inside the site");
        }
    }

    @Test
    void onlyTheTenNewestBackupsOfAFileAreKept() throws Exception {
        List<Path> made = new java.util.ArrayList<>();
        for (int i = 0; i < AtomicSave.KEEP_BACKUPS + 3; i++) {
            ArchiveDocument doc = ArchiveReader.read(page);
            made.add(AtomicSave.save(doc, retitled(doc, "Title " + i), page));
            Thread.sleep(2); // backups are named by the millisecond
        }
        Path dir = made.get(0).getParent();
        Path other = Files.writeString(dir.resolve("notes.md.20200101-000000-000"), "another file's backup");
        Path stranger = Files.writeString(dir.resolve(page.getFileName() + ".keep-me"), "not a backup");
        ArchiveDocument doc = ArchiveReader.read(page);
        made.add(AtomicSave.save(doc, retitled(doc, "Last"), page));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.filter(f -> !f.equals(other) && !f.equals(stranger)).sorted().toList();
            assertEquals(made.subList(made.size() - AtomicSave.KEEP_BACKUPS, made.size()), kept,
                    "the newest backups of the page, oldest removed");
        }
        assertTrue(Files.exists(other) && Files.exists(stranger), "other files in the backup folder are left alone");
        assertTrue(Files.readString(made.get(made.size() - 1)).contains("Title " + (AtomicSave.KEEP_BACKUPS + 2)),
                "the newest backup holds the version before the last save");
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftUntouched() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));
        String text = retitled(doc, "New title");
        WriteRefused e = assertThrows(WriteRefused.class, () -> AtomicSave.save(doc, text, page));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(page));
        assertEquals(1, Files.list(page.getParent()).count(), "a temporary file was left behind");
    }

    @Test
    void aFolderThatIsGoneIsRefused() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        String text = retitled(doc, "New title");
        Files.delete(page);
        Files.delete(page.getParent());
        WriteRefused e = assertThrows(WriteRefused.class, () -> AtomicSave.save(doc, text, page));
        assertTrue(e.getMessage().contains("no longer exists"), e.getMessage());
        assertTrue(Files.notExists(page.getParent()));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsRefusedAndLeftAsItIs() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        String text = retitled(doc, "New title");
        String changed = Files.readString(page).replace("Tidy Pipelines", "Changed Elsewhere");
        Files.writeString(page, changed);
        WriteRefused e = assertThrows(WriteRefused.class, () -> AtomicSave.save(doc, text, page));
        assertTrue(e.getMessage().contains("changed on disk"), e.getMessage());
        assertEquals(changed, Files.readString(page));
    }

    @Test
    void aFileWithAByteOrderMarkKeepsIt() throws Exception {
        Path bom = TestPages.copy(TestPages.SAMPLES.resolve("edge/bom.md"), site);
        ArchiveDocument doc = ArchiveReader.read(bom);
        AtomicSave.save(doc, retitled(doc, "Marks"), bom);
        byte[] bytes = Files.readAllBytes(bom);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertTrue(new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8).startsWith("---\ntitle: \"Marks\"\n"));
    }

    @Test
    void savingThroughASymbolicLinkWritesTheLinkedFileAndKeepsTheLink() throws Exception {
        Path link = site.resolve("linked.md");
        Files.createSymbolicLink(link, page);
        ArchiveDocument doc = ArchiveReader.read(link);
        AtomicSave.save(doc, retitled(doc, "Through the link"), link);
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a copy");
        assertTrue(Files.readString(page).contains("title: \"Through the link\"\n"));
    }

    @Test
    void saveAsWritesANewFileAndLeavesTheOriginal() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Path other = site.resolve("copy.md");
        assertEquals(null, AtomicSave.save(doc, retitled(doc, "Copy"), other), "nothing to back up");
        assertTrue(Files.readString(other).contains("title: \"Copy\"\n"));
        assertArrayEquals(original, Files.readAllBytes(page));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAVisibleEscapeAndReadsBack() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        String text = retitled(doc, "broken \uD800 pair");
        assertTrue(text.contains("title: \"broken \\uD800 pair\"\n"), text.substring(0, 80));
        assertEquals("broken \uD800 pair", ArchiveReader.parse(page, doc.source(), text).book().title());
    }

    @Test
    void aDifferenceInOneThreadOfALargePageIsRefusedAtItsPlace() throws Exception {
        String text = LargeArchives.repeatingThreads(LargeArchives.read(TestPages.SAMPLES.resolve("book-of-the-week.md")),
                1024 * 1024);
        ArchiveDocument doc = ArchiveReader.read(null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int threads = ((dev.archivist.model.YSequence) doc.root().get("archive").orElseThrow()).size();
        assertTrue(threads >= 1000, "threads: " + threads);
        YamlPath path = YamlPath.of("archive", threads - 2, "name");
        YScalar name = (YScalar) path.find(doc.root()).orElseThrow();
        YMapping intended = (YMapping) path.replace(doc.root(), name.withValue("Someone else"));
        WriteRefused e = assertThrows(WriteRefused.class, () -> PageWriter.verify(doc, doc.text(), intended, doc.body()));
        assertTrue(e.getMessage().contains("'" + path + "'"), e.getMessage());
        PageWriter.verify(doc, doc.text(), doc.root(), doc.body());
    }

    @Test
    void surrogatesAreJudgedAsTheUtf8EncoderJudgesThem() {
        String a = "a".repeat(8191);
        for (String text : List.of("", "plain", "pair \uD83D\uDE02 ok", a + "\uD83D\uDE02", a + "\uD83D", "\uDE02 first",
                "reversed \uDE02\uD83D", "two highs \uD83D\uD83D\uDE02", "\uD83D\uDE02\uDE02", "end \uD800")) {
            assertEquals(java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(text), PageWriter.encodable(text),
                    () -> text.length() > 40 ? "long " + text.length() : text);
        }
    }

    @Test
    void aTextWithABrokenSurrogatePairIsRefusedBeforeParsing() {
        ArchiveDocument doc = ArchiveReader.read(page);
        String text = doc.text().replace("Tidy Pipelines: Practical", "Tidy \uD800 Pipelines: Practical");
        WriteRefused e = assertThrows(WriteRefused.class, () -> PageWriter.verify(doc, text, doc.root(), doc.body()));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
