package dev.archivist.io.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save changes a file's text and nothing else about it: its mode, owner, extended attributes and other names. */
class AtomicSaveAttributesTest {
    private static final String PAGE = "---\ntitle: One\n---\nBody\n";
    private static final String EDITED = PAGE.replace("One", "Two");

    @TempDir
    Path site;
    @TempDir
    Path backups;
    Path page;

    @BeforeEach
    void writeAPage() throws Exception {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
        page = Files.writeString(site.resolve("page.md"), PAGE);
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    private Path saveAnEdit() throws WriteRefused {
        ArchiveDocument doc = ArchiveReader.read(page);
        return AtomicSave.save(doc, EDITED, page);
    }

    private static int mode(Path f) throws IOException {
        return (Integer) Files.getAttribute(f, "unix:mode") & 07777;
    }

    @Test
    void theSetgidSetuidAndStickyBitsSurviveASave() throws Exception {
        for (int mode : new int[] {02664, 01644, 04755, 06750, 07644, 0640}) {
            Files.writeString(page, PAGE);
            Files.setAttribute(page, "unix:mode", mode);
            saveAnEdit();
            assertEquals(Integer.toOctalString(mode), Integer.toOctalString(mode(page)));
            assertEquals(EDITED, Files.readString(page));
        }
    }

    @Test
    void theOwnerAndGroupSurviveASaveMadeAsRoot() throws Exception {
        Assumptions.assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(page, "unix:uid")),
                "only root can give a file to someone else");
        Files.setAttribute(page, "unix:uid", 4242);
        Files.setAttribute(page, "unix:gid", 4343);
        Files.setAttribute(page, "unix:mode", 06754);
        saveAnEdit();
        assertEquals(4242, Files.getAttribute(page, "unix:uid"));
        assertEquals(4343, Files.getAttribute(page, "unix:gid"));
        assertEquals(06754, mode(page), "the owner is set before the mode, which a change of owner would clear");
        assertEquals(EDITED, Files.readString(page));
    }

    @Test
    void userExtendedAttributesSurviveASave() throws Exception {
        UserDefinedFileAttributeView view = Files.getFileAttributeView(page, UserDefinedFileAttributeView.class);
        Assumptions.assumeTrue(view != null, "no extended attributes here");
        try {
            view.write("xdg.origin.url", StandardCharsets.UTF_8.encode("https://example.org/page"));
            view.write("archivist.empty", ByteBuffer.allocate(0));
        } catch (IOException e) {
            Assumptions.abort("this file system keeps no user extended attributes: " + e);
        }
        saveAnEdit();
        UserDefinedFileAttributeView after = Files.getFileAttributeView(page, UserDefinedFileAttributeView.class);
        assertEquals(List.of("archivist.empty", "xdg.origin.url"), after.list().stream().sorted().toList());
        ByteBuffer url = ByteBuffer.allocate(after.size("xdg.origin.url"));
        after.read("xdg.origin.url", url);
        assertEquals("https://example.org/page", new String(url.array(), StandardCharsets.UTF_8));
        assertEquals(EDITED, Files.readString(page));
    }

    @Test
    void aFileWithTwoNamesIsWrittenInPlaceSoBothNamesSeeTheEdit() throws Exception {
        Path other = Files.createLink(site.resolve("same-page.md"), page);
        Object inode = Files.getAttribute(page, "unix:ino");
        Path backup = saveAnEdit();
        assertEquals(EDITED, Files.readString(page));
        assertEquals(EDITED, Files.readString(other), "the other name sees the edit");
        assertEquals(inode, Files.getAttribute(page, "unix:ino"));
        assertEquals(2, Files.getAttribute(page, "unix:nlink"));
        assertEquals(PAGE, Files.readString(backup));
        assertFalse(Files.isSameFile(backup, page), "the backup is a copy, not a third name");
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(2, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void anInPlaceWriteThatFailsPutsThePreviousVersionBackAndIsRefused() throws Exception {
        Path other = Files.createLink(site.resolve("same-page.md"), page);
        Path backup = Files.writeString(backups.resolve("page.md.copy"), PAGE);
        byte[] bytes = EDITED.getBytes(StandardCharsets.UTF_8);
        WriteRefused e = assertThrows(WriteRefused.class, () -> InPlaceWrite.write(page, bytes, backup, (ch, p) -> {
            ch.write(ByteBuffer.wrap("---\ntit".getBytes(StandardCharsets.UTF_8)));
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("No space left on device") && e.getMessage().contains("was put back"),
                e.getMessage());
        assertEquals(PAGE, Files.readString(page));
        assertEquals(PAGE, Files.readString(other));
    }

    @Test
    void anInPlaceWriteThatReadsBackWrongIsPutBackToo() throws Exception {
        Path backup = Files.writeString(backups.resolve("page.md.copy"), PAGE);
        byte[] bytes = EDITED.getBytes(StandardCharsets.UTF_8);
        WriteRefused e = assertThrows(WriteRefused.class, () -> InPlaceWrite.write(page, bytes, backup,
                (ch, p) -> ch.write(ByteBuffer.wrap(EDITED.replace("Two", "Tw0").getBytes(StandardCharsets.UTF_8)))));
        assertTrue(e.getMessage().contains("did not read back") && e.getMessage().contains("was put back"), e.getMessage());
        assertEquals(PAGE, Files.readString(page));
    }

    @Test
    void whenThePreviousVersionCannotBePutBackTheMessageSaysWhereItIs() throws Exception {
        Path backup = backups.resolve("page.md.missing");
        byte[] bytes = EDITED.getBytes(StandardCharsets.UTF_8);
        WriteRefused e = assertThrows(WriteRefused.class, () -> InPlaceWrite.write(page, bytes, backup, (ch, p) -> {
            throw new IOException("Input/output error");
        }));
        assertTrue(e.getMessage().contains("nor put its previous version back") && e.getMessage().contains(backup.toString()),
                e.getMessage());
    }

    @Test
    void aShorterTextWrittenInPlaceLeavesNoTail() throws Exception {
        Path other = Files.createLink(site.resolve("same-page.md"), page);
        Files.writeString(page, PAGE + "a long tail\n".repeat(100));
        saveAnEdit();
        assertEquals(EDITED, Files.readString(other));
    }

    @Test
    void aSymbolicLinkToAFileWithTwoNamesStaysALink() throws Exception {
        Path other = Files.createLink(site.resolve("same-page.md"), page);
        Path link = Files.createSymbolicLink(site.resolve("link.md"), page);
        ArchiveDocument doc = ArchiveReader.read(link);
        AtomicSave.save(doc, EDITED, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(EDITED, Files.readString(other));
    }
}
