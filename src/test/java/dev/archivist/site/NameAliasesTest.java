package dev.archivist.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.WriteRefused;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameAliasesTest {
    private static final String EXISTING = """
            # Decided by the curators.
            aliases:
            - name: Serg Masis
              id: sergmasis
              replaces:
              - Serg Masís   # the Slack display name

            - name: "Savaş Yıldırım"
              id: savasyildirim
              replaces: [Savas Yıldırım]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void backups(@TempDir Path backups) {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void noBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve(NameAliases.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aMissingFileHasNoAliases() {
        NameAliases a = NameAliases.read(dir.resolve(NameAliases.FILE));
        assertTrue(a.aliases().isEmpty());
        assertTrue(a.error().isEmpty());
        assertFalse(a.changed());
    }

    @Test
    void readsEntriesWithBlockAndFlowLists() throws Exception {
        NameAliases a = NameAliases.read(write(EXISTING));
        assertEquals(List.of(new NameAliases.Alias("Serg Masis", "sergmasis", List.of("Serg Masís")),
                new NameAliases.Alias("Savaş Yıldırım", "savasyildirim", List.of("Savas Yıldırım"))), a.aliases());
        assertEquals("Serg Masis", a.forSpelling("Serg Masís").orElseThrow().name());
    }

    @Test
    void addingAnEntryChangesOnlyItsOwnLinesAndReadsBackEqual() throws Exception {
        Path file = write(EXISTING);
        NameAliases next = NameAliases.read(file).with("Gant Laborde", "gantlaborde", List.of("Gant"));
        next.save();
        String after = Files.readString(file);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(EXISTING.lines().toList(), after.lines().toList()).getDeltas();
        assertEquals(1, deltas.size());
        assertEquals(DeltaType.INSERT, deltas.get(0).getType());
        assertEquals(List.of("- name: Gant Laborde", "  id: gantlaborde", "  replaces:", "  - Gant"),
                deltas.get(0).getTarget().getLines());
        assertEquals(next.aliases(), NameAliases.read(file).aliases());
    }

    @Test
    void aNewSpellingOfAKnownPersonIsOneNewLine() throws Exception {
        Path file = write(EXISTING);
        NameAliases.read(file).with("Serg Masis", "sergmasis", List.of("serg masís")).save();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(EXISTING.lines().toList(),
                Files.readString(file).lines().toList()).getDeltas();
        assertEquals(1, deltas.size());
        assertEquals(List.of("  - serg masís"), deltas.get(0).getTarget().getLines());
    }

    @Test
    void aSpellingMovesToTheNameItIsNowGiven() throws Exception {
        Path file = write(EXISTING);
        NameAliases next = NameAliases.read(file).with("Serg Masís", null, List.of("Serg Masis"));
        assertEquals(List.of(new NameAliases.Alias("Serg Masís", "sergmasis", List.of("Serg Masis")),
                new NameAliases.Alias("Savaş Yıldırım", "savasyildirim", List.of("Savas Yıldırım"))), next.aliases());
        next.save();
        assertEquals(next.aliases(), NameAliases.read(file).aliases());
    }

    @Test
    void aNewFileIsWrittenInTheHouseStyle() throws Exception {
        Path file = dir.resolve(NameAliases.FILE);
        NameAliases.read(file).with("María Núñez", "marianunez", List.of("Maria Nunez", "yes")).save();
        assertEquals(NameAliases.HEADER + """
                aliases:
                - name: María Núñez
                  id: marianunez
                  replaces:
                  - Maria Nunez
                  - 'yes'
                """, Files.readString(file));
        assertEquals(List.of("Maria Nunez", "yes"), NameAliases.read(file).aliases().get(0).replaces());
    }

    @Test
    void savingWithoutDecisionsKeepsEveryByte() throws Exception {
        Path file = write(EXISTING);
        NameAliases a = NameAliases.read(file);
        a.save();
        assertEquals(EXISTING, Files.readString(file));
        assertEquals(EXISTING, a.text());
    }

    @Test
    void aBrokenFileIsReportedAndNeverWritten() throws Exception {
        Path file = write("aliases:\n- name: A\n\treplaces: x\n");
        NameAliases a = NameAliases.read(file);
        assertTrue(a.error().isPresent());
        assertEquals(3, a.error().get().line());
        assertTrue(a.aliases().isEmpty());
        assertThrows(IllegalStateException.class, () -> a.with("X", null, List.of("Y")));
        assertEquals("aliases:\n- name: A\n\treplaces: x\n", Files.readString(file));
    }

    @Test
    void aFileNestedTooDeeplyIsReportedAtItsLineAndNeverWritten() throws Exception {
        // 2,000 levels of block mappings: megabytes, so the fast parser reads it first
        StringBuilder deep = new StringBuilder("aliases:\n- name: A\n  replaces:\n");
        for (int i = 0; i < 2000; i++) {
            deep.append(" ".repeat(3 + i)).append("a:\n");
        }
        String text = deep.append(" ".repeat(2003)).append("x\n").toString();
        Path file = write(text);
        NameAliases a = NameAliases.read(file);
        assertTrue(a.error().isPresent(), "read as data");
        assertTrue(a.error().get().message().contains("nested more than 100 levels"), a.error().get().toString());
        // the front matter's mapping, the list, its item and "replaces" hold the first 3 "a:" levels
        assertEquals(4 + 97, a.error().get().line(), a.error().get().toString());
        assertTrue(a.aliases().isEmpty());
        assertThrows(IllegalStateException.class, () -> a.with("X", null, List.of("Y")));
        assertEquals(text, Files.readString(file));
    }

    @Test
    void aFileWithoutAFinalNewlineKeepsIt() throws Exception {
        Path file = write("aliases:\n- name: A B\n  replaces:\n  - a b");
        NameAliases.read(file).with("A B", null, List.of("A. B.")).save();
        assertEquals("aliases:\n- name: A B\n  replaces:\n  - a b\n  - A. B.", Files.readString(file));
    }

    @Test
    void writeRefusedWhenTheFileChangedOnDisk() throws Exception {
        Path file = write(EXISTING);
        NameAliases a = NameAliases.read(file).with("Gant Laborde", null, List.of("Gant"));
        Files.writeString(file, EXISTING + "# edited meanwhile\n");
        assertThrows(WriteRefused.class, a::save);
    }
}
