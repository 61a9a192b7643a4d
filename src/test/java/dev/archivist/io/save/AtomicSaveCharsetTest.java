package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page whose byte order mark declares UTF-16 or UTF-32 opens, and a save writes it back in its own encoding. */
class AtomicSaveCharsetTest {
    private static final String PAGE = "---\ntitle: Café ☕ \uD83D\uDE02\nauthors: [ana]\n---\nBody, ünïcode\r\n";
    private static final List<String> DECLARED = List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");

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

    /** The text as a file in the charset, after that charset's byte order mark. */
    private static byte[] bytes(String text, String charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(Charset.forName(charset)));
        out.writeBytes(text.getBytes(Charset.forName(charset)));
        return out.toByteArray();
    }

    @Test
    void aPageWithAUtf16OrUtf32ByteOrderMarkOpensWithItsCharsetDeclared() {
        for (String charset : DECLARED) {
            ArchiveDocument doc = ArchiveReader.read(null, bytes(PAGE, charset));
            assertTrue(doc.parsed(), charset + ": " + doc.error());
            assertEquals("Café ☕ \uD83D\uDE02", doc.book().title(), charset);
            assertEquals(PAGE, doc.text(), charset);
            assertEquals(charset, doc.source().charset());
            assertTrue(doc.source().bom(), charset);
            assertFalse(doc.source().detected(), charset + " is declared by its mark, not guessed");
            assertFalse(doc.source().utf8(), charset);
            assertEquals(charset, doc.source().savedCharset(), "a save keeps " + charset);
        }
    }

    @Test
    void aGuessedCharsetIsStillSavedAsUtf8() throws Exception {
        Path page = TestPages.copy(TestPages.SAMPLES.resolve("bad/latin1.md"), site);
        ArchiveDocument doc = ArchiveReader.read(page);
        assertTrue(doc.source().detected());
        assertEquals("UTF-8", doc.source().savedCharset());
        AtomicSave.save(doc, doc.text(), page);
        assertArrayEquals(doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(page));
    }

    @Test
    void aBrokenPairAnywhereInALargeTextIsRefused() throws Exception {
        String large = "---\ntitle: x\n---\n" + "\uD83D\uDE02 ok\n".repeat(1 << 19);
        assertArrayEquals(large.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                TextEncoder.encode(large, dev.archivist.model.SourceInfo.UTF8_LF), "a whole text passes");
        for (int at : new int[] {20, large.length() / 3, large.length() / 2 + 1, large.length() - 2}) {
            String broken = large.substring(0, at) + "\uDE02" + large.substring(at);
            WriteRefused e = assertThrows(WriteRefused.class,
                    () -> TextEncoder.encode(broken, dev.archivist.model.SourceInfo.UTF8_LF), "at " + at);
            assertTrue(e.getMessage().contains("U+DE02"), e.getMessage());
        }
    }

    @Test
    void savingWithoutEditsKeepsEveryByteAndAnEditKeepsTheEncoding() throws Exception {
        for (String charset : DECLARED) {
            Path page = Files.write(site.resolve(charset + ".md"), bytes(PAGE, charset));
            ArchiveDocument doc = ArchiveReader.read(page);
            AtomicSave.save(doc, doc.text(), page);
            assertArrayEquals(bytes(PAGE, charset), Files.readAllBytes(page), charset + ", no edit");
            String edited = PAGE.replace("Café", "Thé");
            AtomicSave.save(ArchiveReader.read(page), edited, page);
            assertArrayEquals(bytes(edited, charset), Files.readAllBytes(page), charset + ", edited");
            assertEquals("Thé ☕ \uD83D\uDE02", ArchiveReader.read(page).book().title(), charset);
        }
    }

    @Test
    void aTextWithABrokenPairIsRefusedNotWrittenWithAQuestionMark() throws Exception {
        for (String charset : List.of("UTF-8", "UTF-16LE", "UTF-32BE")) {
            byte[] before = charset.equals("UTF-8") ? PAGE.getBytes(Charset.forName(charset)) : bytes(PAGE, charset);
            Path page = Files.write(site.resolve(charset + ".md"), before);
            ArchiveDocument doc = ArchiveReader.read(page);
            String broken = PAGE.replace("Body", "Bo\uD800dy");
            WriteRefused e = assertThrows(WriteRefused.class, () -> AtomicSave.save(doc, broken, page), charset);
            assertTrue(e.getMessage().contains("cannot be written in " + charset)
                    && e.getMessage().contains("line 5, column 3") && e.getMessage().contains("nothing was written"),
                    e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(page), charset);
        }
    }

    @Test
    void aBrokenUtf16FileSaysWhereItBreaks() {
        byte[] good = bytes("---\ntitle: x\n---\n", "UTF-16LE");
        byte[] broken = java.util.Arrays.copyOf(good, good.length + 3);
        broken[good.length] = 0x00;
        broken[good.length + 1] = (byte) 0xDC; // a low surrogate with no high one before it
        ArchiveDocument doc = ArchiveReader.read(null, broken);
        assertFalse(doc.parsed());
        assertTrue(doc.error().message().contains("UTF-16LE"), doc.error().message());
        assertEquals(4, doc.error().line(), doc.error().toString());
        assertEquals(1, doc.error().column(), doc.error().toString());
    }

    @Test
    void aNulCharacterInAUtf16PageMakesItBinaryAndSaysWhere() {
        ArchiveDocument doc = ArchiveReader.read(null, bytes("---\ntitle: x\u0000\n---\n", "UTF-16BE"));
        assertFalse(doc.parsed());
        assertTrue(doc.error().message().contains("binary"), doc.error().message());
        assertEquals(2, doc.error().line(), doc.error().toString());
        assertEquals(9, doc.error().column(), doc.error().toString());
    }
}
