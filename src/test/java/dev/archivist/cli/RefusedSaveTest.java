package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.save.AtomicSave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose save is refused is never reported as fixed, renamed or formatted: its error is
 * printed, the run exits 2 and the summary counts only the pages written.
 */
class RefusedSaveTest {
    @TempDir
    Path site;
    @TempDir
    Path backups;
    Path books;
    Path writable;
    Path readOnly;
    byte[] readOnlyBytes;

    @BeforeEach
    void aFolderWithAWritableAndAReadOnlyPage() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        Files.createDirectories(site.resolve("_people"));
        books = Files.createDirectories(site.resolve("_books"));
        writable = TestPages.copy(TestPages.SAMPLES.resolve("book-of-the-week.md"), books);
        readOnly = Files.copy(writable, books.resolve("locked.md"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        readOnlyBytes = Files.readAllBytes(readOnly);
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private static int count(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Test
    void aRefusedFixIsReportedAndNotCounted() throws Exception {
        CommandLineTest.Run alone = CommandLineTest.run("fix", "--dry-run", writable.toString());
        int onePage = count(alone.out(), "would fix (\\d+) problems");
        assertTrue(onePage > 0, alone.out());

        CommandLineTest.Run r = CommandLineTest.run("fix", books.toString());
        assertEquals(ArchivistCommand.ERROR, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(readOnly + ": error: ") && r.out().contains("read-only"), r.out());
        assertFalse(r.out().contains("fixed " + readOnly), r.out());
        assertTrue(r.out().contains("fixed " + writable), r.out());
        assertEquals(onePage, count(r.out(), "\nfixed (\\d+) problems"), r.out());
        assertTrue(r.out().contains("1 file not written"), r.out());
        assertArrayEquals(readOnlyBytes, Files.readAllBytes(readOnly));
        assertNotEquals(Files.readString(readOnly), Files.readString(writable));
    }

    @Test
    void aRefusedRenameIsReportedAndNotCounted() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("rename", "--from", "Tomasz Kowalski", "--to", "Tom Kowalski",
                books.toString());
        assertEquals(ArchivistCommand.ERROR, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(readOnly + ": error: ") && r.out().contains("read-only"), r.out());
        assertFalse(r.out().contains("renamed in " + readOnly), r.out());
        assertTrue(r.out().contains("renamed in " + writable), r.out());
        assertTrue(r.out().contains("renamed 'Tomasz Kowalski' to 'Tom Kowalski' in 1 file;"), r.out());
        assertTrue(r.out().contains("1 file not written"), r.out());
        assertArrayEquals(readOnlyBytes, Files.readAllBytes(readOnly));
        assertTrue(Files.readString(writable).contains("name: Tom Kowalski"));
    }

    @Test
    void aRefusedFormatIsReportedAndNotCounted() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("format", books.toString());
        assertEquals(ArchivistCommand.ERROR, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(readOnly + ": error: ") && r.out().contains("read-only"), r.out());
        assertFalse(r.out().contains("formatted " + readOnly), r.out());
        assertTrue(r.out().contains("formatted " + writable), r.out());
        assertTrue(r.out().contains("1 file not written"), r.out());
        assertArrayEquals(readOnlyBytes, Files.readAllBytes(readOnly));
    }

    @Test
    void aRefusedSetSaysWhyInWordsAndExits2() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("set", readOnly.toString(), "title", "A new title");
        assertEquals(ArchivistCommand.ERROR, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(readOnly + ": error: ") && r.err().contains("read-only"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("null"), r.err());
        assertArrayEquals(readOnlyBytes, Files.readAllBytes(readOnly));
    }
}
