package dev.archivist.gui.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.model.BookArchive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadTreeViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    ThreadTreeViewModel vm;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        vm = main.threads();
        main.files().open(Samples.site(dir.resolve("site")));
    }

    private BookArchive book() {
        return BookArchive.of(main.editor().root());
    }

    @Test
    void theFilterFindsNamesAndTextsWithoutCaseOrAccents() {
        vm.filterProperty().set("bjorn");
        assertTrue(vm.matchesProperty().get().stream().anyMatch(p -> book().threads().get(p.thread()).name().equals("Björn Lindqvist")));
        vm.filterProperty().set("");
        assertEquals(null, vm.matchesProperty().get());
    }

    @Test
    void theFilterCountsOnlyTheMessagesThatMatchNotTheirThread() throws Exception {
        main.files().open(page("""
                archive:
                - name: Ana
                  text: Who took the photo?
                  replies:
                  - name: Işık Yılmaz
                    text: I did.
                  - name: Bo
                    text: It was IŞIK, in the park.
                - name: Cem
                  text: Nothing here.
                """));
        vm.filterProperty().set("isik");
        assertEquals(Set.of(MessagePlace.reply(0, 0), MessagePlace.reply(0, 1)), vm.matchesProperty().get());
        assertTrue(vm.shownForContext(MessagePlace.thread(0)));
        assertFalse(vm.shownForContext(MessagePlace.reply(0, 0)));
        assertFalse(vm.shownForContext(MessagePlace.thread(1)));
    }

    @Test
    void theFilterFoldsTurkishDotlessAndDottedI() {
        assertEquals(MessageSearch.fold("isik"), MessageSearch.fold("Işık"));
        assertEquals(MessageSearch.fold("isik"), MessageSearch.fold("IŞIK"));
        assertEquals(MessageSearch.fold("istanbul"), MessageSearch.fold("İstanbul"));
    }

    private Path page(String frontMatter) throws Exception {
        Path p = dir.resolve("site/turkish.md");
        Files.writeString(p, "---\ntitle: T\n" + frontMatter + "---\n");
        return p;
    }

    @Test
    void aReplyAddedAfterTheSelectedOneIsSelectedAndUndoRemovesIt() {
        vm.select(MessagePlace.reply(0, 0));
        vm.addReply();
        assertEquals(MessagePlace.reply(0, 1), vm.focused());
        assertEquals(3, book().threads().get(0).replies().size());
        main.undo();
        assertEquals(2, book().threads().get(0).replies().size());
    }

    @Test
    void deletingSelectsWhatTookItsPlace() {
        String second = book().threads().get(1).name();
        vm.select(MessagePlace.thread(0));
        vm.delete();
        assertEquals(MessagePlace.thread(0), vm.focused());
        assertEquals(second, book().threads().get(0).name());
    }

    @Test
    void undoingAMoveSelectsTheMovedMessageWhereItWas() {
        vm.select(MessagePlace.thread(3));
        vm.moveUp();
        assertEquals(MessagePlace.thread(2), vm.focused());
        main.undo();
        assertEquals(MessagePlace.thread(3), vm.focused());
    }

    @Test
    void movingTheLastReplyDownStaysInItsThreadAndSaysWhy() {
        String next = book().threads().get(1).replies().get(0).text();
        vm.select(MessagePlace.reply(0, 1));
        assertTrue(vm.canShift(1).get(), "the shortcut answers, in words");
        vm.moveDown();
        assertEquals(2, book().threads().get(0).replies().size());
        assertEquals(next, book().threads().get(1).replies().get(0).text());
        assertEquals(MessagePlace.reply(0, 1), vm.focused());
        assertFalse(main.canUndoProperty().get());
        assertTrue(main.noticeProperty().get().text().contains("last reply of its thread"), main.noticeProperty().get().text());
    }

    @Test
    void movingTheFirstReplyUpStaysInItsThreadAsTheLastOneDoes() {
        int before = book().threads().get(0).replies().size();
        vm.select(MessagePlace.reply(1, 0));
        vm.moveUp();
        assertEquals(before, book().threads().get(0).replies().size());
        assertEquals(MessagePlace.reply(1, 0), vm.focused());
        assertTrue(main.noticeProperty().get().text().contains("first reply of its thread"), main.noticeProperty().get().text());
        vm.select(MessagePlace.reply(0, 0));
        vm.moveDown();
        assertEquals(MessagePlace.reply(0, 1), vm.focused());
    }

    @Test
    void aReplyDroppedBetweenThreadsBecomesAThread() {
        String text = book().threads().get(0).replies().get(1).text();
        int threads = book().threads().size();
        vm.drop(MessagePlace.reply(0, 1), MessagePlace.thread(4), Drop.BEFORE);
        assertEquals(threads + 1, book().threads().size());
        assertEquals(text, book().threads().get(4).text());
        assertEquals(MessagePlace.thread(4), vm.focused());
    }

    @Test
    void aThreadDroppedIntoAnotherBecomesItsLastRepliesWithItsOwn() {
        BookArchive before = book();
        int replies = before.threads().get(2).replies().size() + 1 + before.threads().get(5).replies().size();
        vm.drop(MessagePlace.thread(5), MessagePlace.thread(2), Drop.INTO);
        assertEquals(replies, book().threads().get(2).replies().size());
        assertEquals(before.threads().size() - 1, book().threads().size());
    }

    @Test
    void droppingAMessageOnItselfOrAThreadOnAReplyDoesNothing() {
        assertFalse(vm.canDrop(MessagePlace.thread(1), MessagePlace.thread(1), Drop.INTO));
        assertFalse(vm.canDrop(MessagePlace.thread(1), MessagePlace.reply(2, 0), Drop.BEFORE));
        assertTrue(vm.canDrop(MessagePlace.reply(1, 0), MessagePlace.reply(2, 0), Drop.AFTER));
    }

    @Test
    void mergingTwoSelectedThreadsIsOneStep() {
        vm.selection().setAll(MessagePlace.thread(1), MessagePlace.thread(3));
        vm.merge();
        assertEquals(MessagePlace.reply(1, 2), vm.focused());
        assertTrue(main.undoLabelProperty().get().startsWith("Merge 2 threads"));
    }
}
