package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page read ahead is taken once, for exactly its path; every other read is made anew. */
class ReadAheadTest {
    @TempDir
    Path dir;

    @Test
    void aPageReadAheadIsTakenOnceThenReadAgainFromDisk() throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "---\ntitle: First\n---\nbody\n");
        ReadAhead.start(page);
        ArchiveDocument ahead = ArchiveReader.read(page);
        assertTrue(ahead.parsed());
        assertEquals(page, ahead.path());
        assertEquals("First", ahead.root().text("title"));
        Files.writeString(page, "---\ntitle: Second\n---\nbody\n");
        assertEquals("Second", ArchiveReader.read(page).root().text("title"), "the next read is made anew");
    }

    @Test
    void onlyThePathReadAheadIsTaken() throws Exception {
        Path page = dir.resolve("a.md");
        Path other = dir.resolve("b.md");
        Files.writeString(page, "---\ntitle: A\n---\n");
        Files.writeString(other, "---\ntitle: B\n---\n");
        ReadAhead.start(page);
        assertEquals("B", ArchiveReader.read(other).root().text("title"));
        assertEquals("A", ArchiveReader.read(page).root().text("title"));
    }

    @Test
    void aMissingPageReadAheadComesBackAsTheReadWouldSayIt() {
        Path missing = dir.resolve("missing.md");
        ReadAhead.start(missing);
        ArchiveDocument doc = ArchiveReader.read(missing);
        assertFalse(doc.parsed());
        assertTrue(doc.error().message().contains("no such file"), doc.error().message());
    }
}
