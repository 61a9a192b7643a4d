package dev.archivist.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameIndexTest {
    @TempDir
    Path site;

    private void page(String path, String names) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: x\narchive:\n" + names + "---\nbody\n");
    }

    @Test
    void countsTheNamesOfEveryArchiveButPeoplePages() throws Exception {
        page("_books/a.md", "- name: Ann Lee\n  text: hi\n  replies:\n  - name: Bo Chen\n    text: yo\n  - name: Ann Lee\n    text: ok\n");
        page("_books/b.md", "- name: \"Bo Chen\"\n  text: q\n");
        page("_people/annlee.md", "- name: Not An Archive\n  text: x\n");
        page("_books/broken.md", "- name: [unclosed\n");
        Files.writeString(site.resolve("_books/notes.md"), "no front matter, archive: nothing\n");
        NameIndex index = Site.open(site).names();
        assertEquals(2, index.pages().size());
        assertEquals(Map.of("Ann Lee", 2, "Bo Chen", 2), index.counts());
        assertEquals(Map.of("Bo Chen", 1), index.countsWithout(site.resolve("_books/a.md")));
        assertFalse(index.counts().containsKey("Not An Archive"));
    }
}
