package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.io.TestPages;
import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Promise 1: opening a page and saving it without an edit keeps every byte. */
class NoOpSaveTest {
    @TempDir
    Path dir;
    @TempDir
    Path backups;

    @BeforeEach
    void keepBackupsInTempDir() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @TestFactory
    Stream<DynamicTest> savingASampleWithoutEditsKeepsEveryByte() {
        return tests(TestPages.samplePages());
    }

    @TestFactory
    Stream<DynamicTest> savingACorpusPageWithoutEditsKeepsEveryByte() {
        return tests(TestPages.corpusPages());
    }

    private Stream<DynamicTest> tests(List<Path> pages) {
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> saveUnchanged(p)));
    }

    private void saveUnchanged(Path original) throws Exception {
        Path folder = Files.createTempDirectory(dir, "page");
        Path copy = TestPages.copy(original, folder);
        ArchiveDocument doc = TestPages.parsed(copy);

        String text = PageWriter.patched(doc, doc.root(), doc.body());
        assertEquals(doc.text(), text, "the patcher changed an unedited page");
        AtomicSave.save(doc, text, copy);

        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy), "bytes changed on save");
    }
}
