package dev.archivist.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    Path page;

    @BeforeEach
    void open() throws Exception {
        vm = VmFixture.main(dir);
        page = Samples.site(dir.resolve("site"));
        vm.files().open(page);
    }

    @Test
    void theTitleShowsAStarWhileThePageDiffersFromTheSavedMark() {
        assertEquals("book-of-the-week.md — Archivist", vm.titleProperty().get());
        vm.editor().setText(YamlPath.of("title"), "New");
        assertEquals("*book-of-the-week.md — Archivist", vm.titleProperty().get());
        vm.undo();
        assertEquals("book-of-the-week.md — Archivist", vm.titleProperty().get());
    }

    @Test
    void theDarkThemeReachesThePreviewAsADarkUserStyleSheetWithoutTouchingThePagesHtml() {
        vm.preview().showingProperty().set(true);
        String html = vm.preview().pageProperty().get().html();
        assertNull(vm.preview().userStyleSheetProperty().get(), "the light theme shows the page as the site does");
        vm.darkThemeProperty().set(true);
        String url = vm.preview().userStyleSheetProperty().get();
        assertTrue(url.startsWith("data:text/css;charset=utf-8;base64,"), url);
        String css = new String(java.util.Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(css.contains("color-scheme: dark"), css);
        assertTrue(css.contains("background: #0d1117 !important"), css);
        assertEquals(html, vm.preview().pageProperty().get().html(), "the page's own HTML is the preview command's");
        assertTrue(vm.prefs().flag("theme.dark", false), "the choice is remembered");
        vm.darkThemeProperty().set(false);
        assertNull(vm.preview().userStyleSheetProperty().get());
    }

    @Test
    void savingTwiceComparesTheDiskWithWhatWasSavedFirst() throws Exception {
        vm.editor().setText(YamlPath.of("title"), "One");
        vm.files().save(null);
        vm.editor().seal();
        vm.editor().setText(YamlPath.of("title"), "Two");
        vm.files().save(null);
        assertEquals("Two", dev.archivist.io.read.ArchiveReader.read(page).root().text("title"));
        assertEquals(Notice.Level.SUCCESS, vm.noticeProperty().get().level());
    }

    @Test
    void aFileChangedOnDiskIsNotOverwrittenTheEditsStayAndAReloadIsOffered() throws Exception {
        vm.editor().setText(YamlPath.of("title"), "Mine");
        Files.writeString(page, Files.readString(page).replace("Tidy Pipelines:", "Theirs:"));
        vm.files().save(null);
        Notice n = vm.noticeProperty().get();
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("changed on disk"), n.text());
        assertEquals("Reload from disk", n.actions().get(0).text());
        assertTrue(vm.modifiedProperty().get());
        assertEquals("Mine", vm.editor().root().text("title"));
        assertTrue(Files.readString(page).contains("Theirs:"));
        n.actions().get(0).handler().run();
        assertTrue(vm.editor().root().text("title").startsWith("Theirs:"));
    }

    @Test
    void savingIntoAFolderThatIsGoneKeepsTheEditsAndSaysWhatToDo() throws Exception {
        vm.editor().setText(YamlPath.of("title"), "Mine");
        vm.files().saveAs(dir.resolve("gone").resolve("page.md"), null);
        Notice n = vm.noticeProperty().get();
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("Save As"), n.text());
        assertTrue(vm.modifiedProperty().get());
    }

    @Test
    void saveAsWritesTheNewFileAndFollowsIt() throws Exception {
        vm.editor().setText(YamlPath.of("title"), "Copy");
        Path copy = dir.resolve("site").resolve("copy.md");
        vm.files().saveAs(copy, null);
        assertEquals(copy, vm.editor().path());
        assertEquals("Copy", dev.archivist.io.read.ArchiveReader.read(copy).root().text("title"));
        assertTrue(Files.readString(page).contains("Tidy Pipelines:"), "the original is untouched");
    }

    @Test
    void aRepairedPageOpensAsATreeAndSavesTheRepair() throws Exception {
        Path bad = Samples.copy("bad/unclosed-quote.md", dir);
        vm.files().open(bad);
        assertNull(vm.editor());
        assertNotNull(vm.brokenProperty().get());
        String text = vm.brokenProperty().get().textProperty().get();
        vm.brokenProperty().get().textProperty().set(text.replace("text end?\n", "text end?\"\n"));
        assertTrue(vm.hasUnsavedWork());
        vm.files().parseAgain();
        assertNotNull(vm.editor());
        assertTrue(vm.modifiedProperty().get());
        vm.files().save(null);
        assertTrue(Files.readString(bad).contains("text end?\"\n"));
    }

    @Test
    void openingAMissingFileSaysSo() {
        vm.files().open(dir.resolve("nothing.md"));
        assertTrue(vm.noticeProperty().get().text().contains("no such file"));
        assertNotNull(vm.editor(), "the open page stays open");
    }

    @Test
    void openedFilesGoFirstInTheRecentList() throws Exception {
        Path other = Samples.copy("edge/raw-utf8.md", dir);
        vm.files().open(other);
        assertEquals(other.toAbsolutePath().normalize(), vm.recent().get(0));
        assertEquals(page.toAbsolutePath().normalize(), vm.recent().get(1));
    }

    @Test
    void aBinaryFileOpensAsAnErrorWithNothingToEdit() throws Exception {
        vm.files().open(Samples.copy("bad/binary.md", dir));
        assertNull(vm.editor());
        assertTrue(!vm.brokenProperty().get().hasText());
        assertTrue(vm.brokenProperty().get().errorProperty().get().message().contains("binary"));
    }

    @Test
    void aLatin1FileOpensWithAWarningThatSavingWritesUtf8() throws Exception {
        vm.files().open(Samples.copy("bad/latin1.md", dir));
        assertNotNull(vm.editor());
        assertEquals(Notice.Level.WARNING, vm.noticeProperty().get().level());
        assertTrue(vm.noticeProperty().get().text().contains("UTF-8"));
    }
}
