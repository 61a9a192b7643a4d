package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.LineDiff.Region;
import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 15 MB archive (ten thousand threads) opens, saves unchanged byte for byte, and takes a one-line edit. */
class LargeArchiveTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @Test
    void aFifteenMegabyteArchiveOpensAndRoundTrips() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
        String text = LargeArchives.repeatingThreads(LargeArchives.read(TestPages.SAMPLES.resolve("book-of-the-week.md")),
                15 * 1024 * 1024);
        Path page = Files.writeString(dir.resolve("big.md"), text);
        ArchiveDocument doc = ArchiveReader.read(page);
        assertTrue(doc.parsed(), () -> String.valueOf(doc.error()));
        YSequence threads = (YSequence) doc.root().get("archive").orElseThrow();
        assertTrue(threads.size() > 25_000, "threads: " + threads.size());

        AtomicSave.save(doc, PageWriter.patched(doc, doc.root(), doc.body()), page);
        assertArrayEquals(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(page));

        ArchiveDocument again = ArchiveReader.read(page);
        YamlPath path = YamlPath.of("archive", threads.size() - 1, "name");
        YScalar name = (YScalar) path.find(again.root()).orElseThrow();
        String edited = PageWriter.patched(again, (YMapping) path.replace(again.root(), name.withValue("Renamed")),
                again.body());
        int line = again.line(name.span().start());
        LineDiff.assertChangedOnlyWithin(again.text(), edited, Region.lines(line, line), "rename in the last thread");
        assertEquals(text.length() - name.value().length() + "Renamed".length(), edited.length());
    }
}
