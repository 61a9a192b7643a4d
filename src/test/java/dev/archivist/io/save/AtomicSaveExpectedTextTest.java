package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveExpectedTextTest {
    private static final String PAGE = "---\ntitle: One\n---\nBody\n";

    @TempDir
    Path dir;

    @BeforeEach
    void backups() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
    }

    @Test
    void aSecondSaveComparesTheDiskWithTheTextSavedLast() throws Exception {
        Path file = dir.resolve("page.md");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        ArchiveDocument doc = ArchiveReader.read(file);
        String first = PAGE.replace("One", "Two");
        AtomicSave.save(doc, doc.text(), first, file);
        String second = PAGE.replace("One", "Three");
        AtomicSave.save(doc, first, second, file);
        assertEquals(second, Files.readString(file));
    }

    @Test
    void aFileChangedBehindTheEditorsBackIsNotOverwritten() throws Exception {
        Path file = dir.resolve("page.md");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        ArchiveDocument doc = ArchiveReader.read(file);
        Files.writeString(file, PAGE.replace("Body", "Someone else"), StandardCharsets.UTF_8);
        WriteRefused e = assertThrows(WriteRefused.class,
                () -> AtomicSave.save(doc, doc.text(), PAGE.replace("One", "Two"), file));
        assertEquals(true, e.getMessage().contains("changed on disk"));
        assertEquals(PAGE.replace("Body", "Someone else"), Files.readString(file));
    }
}
