package dev.archivist.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.model.ArchiveDocument;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Promise 6: a file that cannot be parsed opens with a clear error, never an exception. */
class BadInputTest {

    /** file, expected line (0: no place in the file), a word the message must hold. */
    private static final Object[][] BAD = {
        {"no-front-matter.md", 1, "no front matter"},
        {"unclosed-front-matter.md", 16, "not closed"},
        {"unclosed-quote.md", 11, "quoted scalar"},
        {"tabs.md", 14, "tab"},
        {"duplicate-keys.md", 8, "duplicate key 'title'"},
        {"template.md", 6, "template"},
        {"invalid-utf8.md", 11, "not valid UTF-8"},
        {"binary.md", 3, "binary"},
        {"empty.md", 0, "empty"},
        {"alias-bomb.md", 3, "anchors and aliases"},
        {"deep-nesting.md", 3, "nested more than"},
    };

    @TestFactory
    Stream<DynamicTest> everyHostileFileOpensWithAClearError() {
        assertEquals(BAD.length + 1, TestPages.badPages().size(), "a file of samples/bad has no case here");
        return Stream.of(BAD).map(c -> DynamicTest.dynamicTest((String) c[0], () -> {
            ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad").resolve((String) c[0]));
            assertFalse(doc.parsed());
            assertNotNull(doc.error());
            assertTrue(doc.error().message().contains((String) c[2]), doc.error().message());
            int line = (int) c[1];
            if (line >= 0) {
                assertEquals(line, doc.error().line(), doc.error().toString());
            } else {
                assertTrue(doc.error().line() > 0, "no line for " + doc.error());
            }
            assertTrue(line == 0 || doc.error().column() > 0, "no column for " + doc.error());
            assertTrue(doc.text() != null && doc.root() == null, "a broken file keeps its text, never a half tree");
        }));
    }

    @Test
    void aNulByteAnywhereMakesABinaryFileAndItsByteIsNamed() {
        byte[] utf16 = "---\ntitle: x\n---\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] afterBadBytes = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, 0, (byte) 0xFF, 0, '\n'};
        byte[] withBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n', 'a', 0};
        // the byte, then the line and column of the NUL: lines end at LF bytes, columns count bytes from 1
        Object[][] cases = {{utf16, 1, 1, 2}, {afterBadBytes, 8, 2, 5}, {withBom, 8, 2, 2}};
        for (Object[] c : cases) {
            ArchiveDocument doc = ArchiveReader.read(null, (byte[]) c[0]);
            assertFalse(doc.parsed());
            assertTrue(doc.error().message().contains("a NUL byte at byte " + c[1] + ")"), doc.error().message());
            assertEquals(c[2], doc.error().line(), doc.error().toString());
            assertEquals(c[3], doc.error().column(), doc.error().toString());
        }
    }

    @Test
    void aBinaryFileSaysTheLineAndColumnOfItsFirstNul() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/binary.md"));
        assertEquals(3, doc.error().line(), doc.error().toString());
        assertEquals(1, doc.error().column(), doc.error().toString());
    }

    @Test
    void aFileThatCannotBeParsedStillOpensAsText() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/tabs.md"));
        assertTrue(doc.text().contains("\ttext: My editor inserted a tab here."));
        assertEquals(1, doc.error().column(), "the tab is at column 1");
    }

    @Test
    void anInvalidUtf8FileSaysWhereTheBadByteIs() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/invalid-utf8.md"));
        assertEquals(30, doc.error().column());
        assertTrue(doc.error().message().contains("0xFF"), doc.error().message());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/unclosed-quote.md"));
        assertEquals(11, doc.error().line(), doc.error().toString());
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAnchor() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/alias-bomb.md"));
        assertTrue(doc.error().message().contains("anchors and aliases"), doc.error().message());
        assertEquals(3, doc.error().line(), doc.error().toString());
    }

    @Test
    void deepNestingIsReportedOnItsLine() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/deep-nesting.md"));
        assertEquals(3, doc.error().line(), doc.error().toString());
    }

    @Test
    void aLatin1FileOpensWithItsCharsetDetected() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("bad/latin1.md"));
        assertTrue(doc.parsed(), String.valueOf(doc.error()));
        assertTrue(doc.source().detected());
        assertEquals("Mañana, café", doc.book().title());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.write("---\ntitle: x\n---\n".getBytes());
            f.setLength(65L * 1024 * 1024);
        }
        ArchiveDocument doc = ArchiveReader.read(huge);
        assertFalse(doc.parsed());
        assertTrue(doc.error().message().contains("65 MB") && doc.error().message().contains("64 MB"), doc.error().message());
    }

    @Test
    void aMissingFileIsAnErrorNotAnException(@TempDir Path dir) {
        ArchiveDocument doc = ArchiveReader.read(dir.resolve("nowhere.md"));
        assertFalse(doc.parsed());
        assertTrue(doc.error().message().contains("no such file"), doc.error().message());
    }

    @Test
    void truncatedAndDamagedPagesNeverThrow() throws Exception {
        byte[] page = Files.readAllBytes(TestPages.SAMPLES.resolve("book-of-the-week.md"));
        Random random = new Random(42);
        for (int cut = 0; cut < page.length; cut += 89) {
            byte[] bytes = java.util.Arrays.copyOf(page, cut);
            assertNotNull(ArchiveReader.read(null, bytes));
            byte[] damaged = page.clone();
            for (int k = 0; k < 3; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            ArchiveDocument doc = ArchiveReader.read(null, damaged);
            assertTrue(doc.parsed() || doc.error() != null);
        }
    }
}
