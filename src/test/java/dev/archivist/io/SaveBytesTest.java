package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large page is encoded in pieces and backed up by a link: the bytes and backups are those of the plain way. */
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

    /** The reference: the whole text encoded at once, after the byte order mark when there is one. */
    private static byte[] saved(String text, boolean bom) {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return bom ? joined(List.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body)) : body;
    }

    private static byte[] joined(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** A text of about {@code chars} chars whose every other char is half of a pair, so any cut may fall inside one. */
    private static String pairsEverywhere(int chars) {
        StringBuilder sb = new StringBuilder(chars);
        while (sb.length() < chars) {
            sb.append("\uD83D\uDE02a\u00e9\u200B\n");
        }
        return sb.toString();
    }

    @Test
    void piecesAreTheBytesOfTheWholeTextWithOrWithoutAByteOrderMark() {
        for (int chars : new int[] {0, 10, (1 << 20) - 1, 1 << 20, (3 << 20) + 7, 9 << 20}) {
            // shifted by each of the pattern's six places, some cut falls inside a pair
            for (int shift = 0; shift < 6; shift++) {
                String text = "x".repeat(shift) + pairsEverywhere(chars);
                for (boolean bom : new boolean[] {false, true}) {
                    assertArrayEquals(saved(text, bom), joined(TextEncoder.encodeInPieces(text, bom)),
                            chars + " chars, shift " + shift + ", bom " + bom);
                }
            }
        }
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheWholeTextWouldBe() {
        String text = "a".repeat(1 << 20) + "\uD83D" + "b".repeat(1 << 20) + "\uDE02" + "c".repeat(1 << 21);
        assertArrayEquals(saved(text, false), joined(TextEncoder.encodeInPieces(text, false)));
    }

    @Test
    void aLargePageIsSavedByteForByte() throws Exception {
        Path page = site.resolve("big.md");
        String text = "---\ntitle: big\n---\n" + pairsEverywhere(5 << 20);
        Files.writeString(page, "---\ntitle: small\n---\n");
        ArchiveDocument doc = ArchiveReader.read(page);
        AtomicSave.save(doc, text, page);
        assertArrayEquals(saved(text, false), Files.readAllBytes(page));
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
