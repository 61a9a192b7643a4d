package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageFinderTest {
    @TempDir
    Path dir;

    @Test
    void pagesWithAByteOrderMarkAreFoundInEveryCharsetItDeclares() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"))) {
            Files.write(dir.resolve(cs.name() + ".md"), ("\uFEFF---\ntitle: A page in " + cs.name() + "\n---\nBody\n").getBytes(cs));
            Files.write(dir.resolve(cs.name() + "-notes.md"), "\uFEFF# Notes, no front matter\n".getBytes(cs));
        }
        Files.writeString(dir.resolve("plain.md"), "---\ntitle: plain\n---\n");
        List<String> found = PageFinder.find(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("UTF-16BE.md", "UTF-16LE.md", "UTF-32BE.md", "UTF-32LE.md", "UTF-8.md", "plain.md"), found);
    }
}
