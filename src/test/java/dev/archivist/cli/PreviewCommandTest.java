package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandTest {
    private static final Path SAMPLE = Path.of("samples/book-of-the-week.md");

    private static int run(StringWriter out, StringWriter err, String... args) {
        return ArchivistCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void previewWritesOneStandaloneSafePage(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("page.html");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "preview", SAMPLE.toString(), "-o", html.toString()));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"), "a whole document");
        assertTrue(page.contains("<style>"), "its CSS inline");
        assertTrue(page.contains("Tidy Pipelines"), "the title");
        assertTrue(page.contains("id=\"thread-0\""), "thread anchors");
        assertTrue(page.contains("Content-Security-Policy"), "a policy that forbids scripts");
        assertTrue(page.contains("file:"), "the cover as an absolute file URL");
        assertFalse(page.toLowerCase().contains("<script"), "no script, ever");
    }

    @Test
    void previewWithoutOutputPrintsThePage() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "preview", SAMPLE.toString()));
        assertTrue(out.toString().contains("Questions and Answers"));
    }

    @Test
    void previewOfABrokenPageSaysWhereAndFails() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "preview", "samples/bad/unclosed-quote.md"));
        assertTrue(err.toString().contains("unclosed-quote.md:11:"), err.toString());
    }
}
