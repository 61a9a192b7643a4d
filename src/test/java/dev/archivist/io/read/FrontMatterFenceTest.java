package dev.archivist.io.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterFenceTest {
    static final List<Charset> MARKED = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"));

    @TempDir
    Path dir;

    private Path file(String text, Charset cs, boolean mark) throws Exception {
        return Files.write(dir.resolve("page-" + cs.name() + mark + ".md"), ((mark ? "\uFEFF" : "") + text).getBytes(cs));
    }

    @Test
    void aFenceIsFoundInEveryCharsetAByteOrderMarkDeclares() throws Exception {
        for (Charset cs : MARKED) {
            assertTrue(FrontMatterFence.opens(file("---\ntitle: x\n---\nBody\n", cs, true)), cs.name());
            assertTrue(FrontMatterFence.opens(file("---\r\ntitle: x\r\n---\r\n", cs, true)), cs.name() + " CR LF");
            assertFalse(FrontMatterFence.opens(file("# Just Markdown\n", cs, true)), cs.name());
            assertFalse(FrontMatterFence.opens(file("----\n", cs, true)), cs.name() + " a rule is no fence");
        }
    }

    @Test
    void aFenceWithoutAMarkIsReadAsUtf8() throws Exception {
        assertTrue(FrontMatterFence.opens(file("---\ntitle: x\n---\n", StandardCharsets.UTF_8, false)));
        assertTrue(FrontMatterFence.opens(file("--- \ntitle: x\n---\n", StandardCharsets.UTF_8, false)));
        assertTrue(FrontMatterFence.opens(file("---", StandardCharsets.UTF_8, false)), "a page cut short is still a page");
        assertFalse(FrontMatterFence.opens(file("", StandardCharsets.UTF_8, false)));
        assertFalse(FrontMatterFence.opens(file("--", StandardCharsets.UTF_8, false)));
        assertFalse(FrontMatterFence.opens(file("---title: x\n", StandardCharsets.UTF_8, false)));
        // UTF-16 without a mark is not guessed: half its bytes are NUL
        assertFalse(FrontMatterFence.opens(file("---\ntitle: x\n---\n", StandardCharsets.UTF_16LE, false)));
    }
}
