package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path dir;

    @Test
    void keptEditsReadBackWithTheirPageAndTheDiskTheyWereMadeOn() throws Exception {
        Recovery store = new Recovery(dir.resolve("recovery"));
        Path page = dir.resolve("site/_books/a.md");
        String text = "---\ntitle: New\n---\nline one\n\nline two\n";
        store.write(page, "---\ntitle: Old\n---\n", text);

        Recovery.Entry e = store.read(page).orElseThrow();
        assertEquals(page.toAbsolutePath().normalize(), e.page());
        assertEquals(text, e.text());
        assertFalse(e.diskChanged("---\ntitle: Old\n---\n"));
        assertTrue(e.diskChanged("---\ntitle: Changed meanwhile\n---\n"));
        assertEquals(List.of(e), store.all());
        assertTrue(store.fileOf(page).startsWith(dir.resolve("recovery")), "never in the site");
    }

    @Test
    void aSecondWriteReplacesTheFirstAndDeleteForgetsIt() throws Exception {
        Recovery store = new Recovery(dir);
        Path page = dir.resolve("a.md");
        store.write(page, "old", "first");
        store.write(page, "old", "");
        assertEquals("", store.read(page).orElseThrow().text());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
        store.delete(page);
        assertTrue(store.read(page).isEmpty());
        assertTrue(store.all().isEmpty());
        store.delete(page);
    }

    @Test
    void aCorruptOrForeignFileIsPassedOverWithoutFailing() throws Exception {
        Recovery store = new Recovery(dir);
        Path page = dir.resolve("a.md");
        Files.writeString(store.fileOf(page), "archivist-recovery 1\n" + page + "\nnot-a-hash\n");
        Files.write(dir.resolve("other.recovery"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        store.write(dir.resolve("b.md"), "x", "kept");

        assertTrue(store.read(page).isEmpty());
        assertEquals(1, store.all().size());
        assertEquals("kept", store.all().get(0).text());
    }

    @Test
    void theFolderDefaultsToTheUsersDataFolderAndThePropertyMovesIt() {
        String before = System.getProperty(Recovery.PROPERTY);
        try {
            System.setProperty(Recovery.PROPERTY, dir.toString());
            assertEquals(dir, Recovery.user().folder());
            System.clearProperty(Recovery.PROPERTY);
            assertTrue(Recovery.user().folder().endsWith(Path.of("archivist", "recovery")));
        } finally {
            if (before != null) {
                System.setProperty(Recovery.PROPERTY, before);
            }
        }
    }
}
