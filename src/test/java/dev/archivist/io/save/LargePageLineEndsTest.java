package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Large pages with CR LF lines, with a BOM, and with a single CR as the last byte read as the same
 * page with LF lines, and a save without edits gives back every byte.
 */
class LargePageLineEndsTest {

    private static byte[] bytes(String text, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aLargePageKeepsItsLineEnds() throws Exception {
        String lf = dev.archivist.Training.page(300);
        ArchiveDocument reference = ArchiveReader.read(null, bytes(lf, false));
        assertTrue(reference.parsed(), String.valueOf(reference.error()));
        String[] texts = {lf, lf.replace("\n", "\r\n"), lf + "\r"};
        for (String text : texts) {
            for (boolean bom : new boolean[] {false, true}) {
                byte[] file = bytes(text, bom);
                ArchiveDocument doc = ArchiveReader.read(null, file);
                String where = (text.contains("\r\n") ? "CR LF" : text.endsWith("\r") ? "a last CR" : "LF")
                        + (bom ? " with a BOM" : "");
                assertTrue(doc.parsed(), where + ": " + doc.error());
                assertTrue(dev.archivist.model.Trees.sameData(reference.root(), doc.root()), where);
                String saved = PageWriter.patched(doc, doc.root(), doc.body());
                assertEquals(doc.text(), saved, where);
                assertArrayEquals(file, TextEncoder.encode(saved, doc.source()), where);
            }
        }
    }
}
