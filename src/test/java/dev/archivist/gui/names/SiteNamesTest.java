package dev.archivist.gui.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.Site;
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
    void completionHasTheSitesNamesAndTheOpenPagesCurrentOnesNotItsSavedOnes() throws Exception {
        Files.createDirectories(root.resolve("_people"));
        Files.writeString(root.resolve("_people/annlee.md"), "---\ntitle: Ann Lee\n---\n");
        Files.writeString(root.resolve("a.md"), "---\narchive:\n- name: Ann L.\n  text: q\n  replies:\n  - name: Cy Dee\n    text: a\n---\n");
        Path open = Files.writeString(root.resolve("b.md"), "---\narchive:\n- name: Bo Chen\n  text: q\n---\n");
        ArchiveDocument edited = ArchiveReader.parse(open, ArchiveReader.read(open).source(),
                "---\narchive:\n- name: Bo Chan\n  text: q\n- name: Cy Dee\n  text: b\n---\n");

        CompletionNames names = SiteNames.index(Site.open(root), open, edited.root());

        assertEquals(List.of("Ann Lee"), names.canonical());
        assertEquals(Map.of("Ann L.", 1, "Cy Dee", 2, "Bo Chan", 1), names.counts());
        assertEquals(List.of("Cy Dee"), names.suggest("cy"));
    }
}
