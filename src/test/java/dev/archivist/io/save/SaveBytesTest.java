package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large page is saved byte for byte, and a file with one name is backed up by a link. */
class SaveBytesTest {
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

    /** A text of about {@code chars} chars, every other char half of a pair. */
    private static String pairsEverywhere(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            sb.append("\uD83D\uDE02a\u00e9\u200B\n");
        }
        return sb.toString();
    }

    @Test
    void aLargePageIsSavedByteForByte() throws Exception {
        Path page = site.resolve("big.md");
        String text = "---\ntitle: big\n---\n" + pairsEverywhere(5 << 20);
        Files.writeString(page, "---\ntitle: small\n---\n");
        ArchiveDocument doc = ArchiveReader.read(page);
        AtomicSave.save(doc, text, page);
        assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(page));
    }

    @Test
    void theBackupOfAFileWithOneNameIsItsOldContentNotACopyOfIt() throws Exception {
        Path page = Files.writeString(site.resolve("page.md"), "---\ntitle: old\n---\n");
        Object oldContent = Files.getAttribute(page, "unix:ino");
        ArchiveDocument doc = ArchiveReader.read(page);
        Path backup = AtomicSave.save(doc, "---\ntitle: new\n---\n", page);
        assertEquals("---\ntitle: old\n---\n", Files.readString(backup));
        assertEquals("---\ntitle: new\n---\n", Files.readString(page));
        if (Files.getFileStore(site).equals(Files.getFileStore(backups))) {
            assertEquals(oldContent, Files.getAttribute(backup, "unix:ino"), "linked, not copied");
        }
    }

    @Test
    void aFileWithAnotherNameIsBackedUpByACopy() throws Exception {
        Path page = Files.writeString(site.resolve("page.md"), "---\ntitle: old\n---\n");
        Path elsewhere = Files.createLink(site.resolve("same-page.md"), page);
        ArchiveDocument doc = ArchiveReader.read(page);
        Path backup = AtomicSave.save(doc, "---\ntitle: new\n---\n", page);
        assertTrue(Files.readString(page).contains("new"));
        assertTrue(Files.readString(elsewhere).contains("new"), "written in place, so both names see the edit");
        Files.writeString(elsewhere, "changed through the other name");
        assertEquals("---\ntitle: old\n---\n", Files.readString(backup), "the backup does not follow the other name");
        assertFalse(Files.isSameFile(backup, elsewhere));
    }
}
