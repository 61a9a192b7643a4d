package dev.archivist.gui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.task.DirectTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesViewModelTest {
    private static final String CLEAN_BOOK = "---\ntitle: A clean book\n---\n";
    private static final String ENTITIES = "---\ntitle: Tom &amp; Jerry\ndescription: Salt &amp; pepper\n---\n";

    @TempDir
    Path dir;

    private FilesViewModel opened(Path folder) {
        FilesViewModel vm = new FilesViewModel(new DirectTaskRunner());
        vm.open(folder, () -> { throw new AssertionError("cannot list " + folder); });
        return vm;
    }

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        write(site.resolve("_config.yml"), "title: A site\n");
        write(site.resolve("_people/ana.md"), "---\ntitle: Ana &amp; Co\n---\n");
        write(site.resolve("_books/20210101-clean.md"), CLEAN_BOOK);
        write(site.resolve("_books/20210102-entities.md"), ENTITIES);
        write(site.resolve("_books/20210103-broken.md"), "---\ntitle: \"unclosed\n---\n");
        write(site.resolve("_podcast/s01e01.md"), "---\ntitle: Episode one\nseason: 1\n---\n");
        write(site.resolve("_talks/2021/keynote.md"), ENTITIES);
        write(site.resolve("about.md"), "---\ntitle: About\n---\n");
        write(site.resolve("README.md"), "---\ntitle: not a page\n---\n");
        write(site.resolve("notes.md"), "# no front matter\n");
        write(site.resolve("_layouts/default.md"), "---\nlayout: none\n---\n");
        write(site.resolve("_data/stuff.md"), "---\ntitle: data\n---\n");
        write(site.resolve("_drafts/notes.md"), "# a collection without pages\n");
        return site;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aSiteRootListsItsCollectionsThenThePagesOutsideThem() throws Exception {
        FilesViewModel vm = opened(site());
        List<String> groups = vm.groups().stream().map(FileGroup::label).toList();
        assertEquals(List.of("_books", "_people", "_podcast", "_talks", "other pages"), groups);
        FileGroup books = vm.groups().get(0);
        assertEquals(List.of("20210101-clean.md", "20210102-entities.md", "20210103-broken.md"),
                books.rows().stream().map(FileRow::name).toList());
        assertEquals(List.of("2021/keynote.md"), vm.groups().get(3).rows().stream().map(FileRow::name).toList());
        assertEquals(List.of("about.md"), vm.groups().get(4).rows().stream().map(FileRow::name).toList());
    }

    @Test
    void eachCollectionCountsItsPagesAndTheirProblems() throws Exception {
        FilesViewModel vm = opened(site());
        FileGroup books = vm.groups().get(0);
        assertEquals(3, books.pages());
        assertTrue(books.checked());
        int entities = books.rows().get(1).problems();
        assertEquals(2, entities, "two &amp; in the book: " + books.rows());
        assertEquals(0, books.rows().get(0).problems());
        assertEquals(entities, books.problems());
        assertEquals(1, vm.groups().get(1).problems(), "the person's &amp;");
        assertEquals(entities, vm.groups().get(3).problems(), "the same checks on a page of another collection");
        assertEquals(vm.files().stream().mapToInt(r -> Math.max(0, r.problems())).sum(),
                vm.groups().stream().mapToInt(FileGroup::problems).sum());
    }

    @Test
    void aPageThatDoesNotParseIsCountedAsAnErrorOfItsCollection() throws Exception {
        FilesViewModel vm = opened(site());
        FileGroup books = vm.groups().get(0);
        FileRow broken = books.rows().get(2);
        assertNotNull(broken.error());
        assertEquals(-1, broken.problems());
        assertEquals(1, books.errors());
        assertTrue(books.checked(), "a page that failed is done");
    }

    @Test
    void anEditedPageUpdatesItsCollectionsTotal() throws Exception {
        Path site = site();
        FilesViewModel vm = opened(site);
        vm.updateCount(site.resolve("_podcast/s01e01.md"), 4);
        assertEquals(4, vm.groups().get(2).problems());
    }

    @Test
    void aFolderInsideASiteListsItsPagesFlatAsBefore() throws Exception {
        FilesViewModel vm = opened(site().resolve("_books"));
        assertEquals(List.of(), vm.groups());
        assertEquals(List.of("20210101-clean.md", "20210102-entities.md", "20210103-broken.md"),
                vm.files().stream().map(FileRow::name).toList());
        vm.files().forEach(r -> assertNull(r.group()));
        assertEquals(2, vm.files().get(1).problems());
    }

    @Test
    void aFolderOutsideEverySiteListsItsPagesFlatAndSkipsPeopleAsBefore() throws Exception {
        Path plain = dir.resolve("plain");
        write(plain.resolve("b.md"), CLEAN_BOOK);
        write(plain.resolve("sub/a.md"), CLEAN_BOOK);
        write(plain.resolve("sub/_people/x.md"), CLEAN_BOOK);
        write(plain.resolve("_talks/t.md"), CLEAN_BOOK);
        FilesViewModel vm = opened(plain);
        assertEquals(List.of(), vm.groups());
        assertEquals(List.of("_talks/t.md", "b.md", "sub/a.md"), vm.files().stream().map(FileRow::name).toList());
    }
}
