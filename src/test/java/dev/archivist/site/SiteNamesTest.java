package dev.archivist.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteNamesTest {
    @TempDir
    Path root;

    @Test
    void namesAndAliasesAreReadOnceUntilRefreshed() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        Files.createDirectories(root.resolve("_data"));
        Files.writeString(root.resolve("a.md"), "---\narchive:\n- name: Ann Lee\n  text: q\n---\n");
        Files.writeString(root.resolve(NameAliases.FILE), "aliases:\n- name: Ann Lee\n  replaces: [Ann]\n");
        Site site = Site.open(root);
        assertSame(site.names(), site.names());
        assertSame(site.aliases(), site.aliases());
        assertEquals(Map.of("Ann Lee", 1), site.names().counts());
        assertEquals(List.of("Ann"), site.aliases().aliases().get(0).replaces());

        Files.writeString(root.resolve("b.md"), "---\narchive:\n- name: Bo Chen\n  text: q\n---\n");
        Files.writeString(root.resolve(NameAliases.FILE), "aliases: []\n");
        assertEquals(1, site.names().pages().size());
        site.refreshNames();
        assertEquals(2, site.names().pages().size());
        assertEquals(List.of(), site.aliases().aliases());
    }
}
