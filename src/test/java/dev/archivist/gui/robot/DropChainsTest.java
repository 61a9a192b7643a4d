package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.Checks;
import dev.archivist.edit.Archive;
import dev.archivist.gui.main.Notice;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.gui.threads.MessageRow;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;

/**
 * Chains of fix all, drag and drop, delete and save on a real corpus page, through the window:
 * each save succeeds, the file reads back as the tree the user made, and what was not touched
 * keeps its source lines.
 */
@ExtendWith(ApplicationExtension.class)
class DropChainsTest extends RobotTest {
    private Path page;

    @Start
    void start(Stage stage) {
        startEditor(stage, Checks::all);
    }

    @Test
    void aThreadDroppedIntoAnotherAfterFixAllAndSaveIsSavedAsItsReplies() throws Exception {
        open();
        fixAllEscapes();
        save();
        ArchiveDocument fixed = CorpusPage.read(page);

        dropInto(MessagePlace.thread(3), MessagePlace.thread(1));
        save();
        assertEquals(dropped(fixed.root().toData(), 3, 1), CorpusPage.read(page).root().toData());
    }

    /** Fault 1 as it showed: the dropped thread is written {@code replies: []} (before the fix: "this.regions is null"). */
    @Test
    void aThreadWithAnEmptyReplyListDroppedIntoAnotherAfterFixAllAndSaveIsSaved() throws Exception {
        open("20201214-ml-bookcamp.md");
        fixAllEscapes();
        save();
        ArchiveDocument fixed = CorpusPage.read(page);
        assertTrue(CorpusPage.lines(fixed, "archive[4].replies").contains("replies: []"));

        dropInto(MessagePlace.thread(4), MessagePlace.thread(5));
        save();
        assertEquals(dropped(fixed.root().toData(), 4, 5), CorpusPage.read(page).root().toData());
    }

    @Test
    void fixAllAfterADropAndSaveIsSaved() throws Exception {
        open();
        Object original = CorpusPage.read(page).root().toData();
        dropInto(MessagePlace.thread(3), MessagePlace.thread(1));
        save();
        Object afterDrop = dropped(original, 3, 1);
        assertEquals(afterDrop, CorpusPage.read(page).root().toData());

        fixAllEscapes();
        save();
        // the escapes were only spellings: the data is the same, written without them
        assertEquals(afterDrop, CorpusPage.read(page).root().toData());
        assertFalse(Files.readString(page).contains("Mas\\xEDs"));
    }

    @Test
    void dropsIntoOneThreadKeepItsTextItsUntouchedRepliesAndTheOtherThreadsAsWritten() throws Exception {
        open();
        fixAllEscapes();
        save();
        ArchiveDocument saved = CorpusPage.read(page);
        // B is thread 4 (folded text, one reply); A (2) lands in it from before it, C (5) from after it
        String text = CorpusPage.lines(saved, "archive[4].text");
        String reply = CorpusPage.lines(saved, "archive[4].replies[0]");
        assertTrue(text.contains("\n") && reply.split("\n").length > 3, "a folded text and a folded reply");

        dropInto(MessagePlace.thread(2), MessagePlace.thread(4));
        save();
        dropInto(MessagePlace.thread(4), MessagePlace.thread(3));
        save();

        ArchiveDocument now = CorpusPage.read(page);
        assertEquals(dropped(dropped(saved.root().toData(), 2, 4), 4, 3), now.root().toData());
        assertEquals(text, CorpusPage.lines(now, "archive[3].text"));
        assertEquals(reply, CorpusPage.lines(now, "archive[3].replies[0]"));
        int threads = Archive.threads(saved.root()).size();
        for (int t = 0; t < threads; t++) {
            if (t != 2 && t != 4 && t != 5) {
                int at = t < 2 ? t : t < 4 ? t - 1 : t - 2;
                assertEquals(CorpusPage.lines(saved, "archive[" + t + "]"), CorpusPage.lines(now, "archive[" + at + "]"),
                        "thread " + t + " (now " + at + ") was rewritten");
            }
        }
    }

    @Test
    void aDropNextToADeletedThreadKeepsEveryOtherThreadAsWritten() throws Exception {
        open();
        fixAllEscapes();
        save();
        ArchiveDocument saved = CorpusPage.read(page);

        clickOn(cell(MessagePlace.thread(4)));
        type(KeyCode.DELETE);
        waitUntil(() -> Archive.threads(vm.editor().root()).size() == 16 && !vm.problems().checkingProperty().get());
        // the deleted thread's neighbour after it goes before its neighbour before it
        dropBefore(MessagePlace.thread(4), MessagePlace.thread(3));
        save();

        ArchiveDocument now = CorpusPage.read(page);
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 5, 3));
        for (int t = 6; t < 17; t++) {
            order.add(t);
        }
        List<Object> expected = new ArrayList<>();
        for (int t = 0; t < order.size(); t++) {
            expected.add(threadsOf(saved.root().toData()).get(order.get(t)));
            assertEquals(CorpusPage.lines(saved, "archive[" + order.get(t) + "]"), CorpusPage.lines(now, "archive[" + t + "]"),
                    "thread " + order.get(t) + " (now " + t + ") was rewritten");
        }
        assertEquals(expected, threadsOf(now.root().toData()));
    }

    // the gestures

    private void open() throws Exception {
        open(CorpusPage.BOOK);
    }

    private void open(String book) throws Exception {
        page = CorpusPage.copy(dir.resolve("site"), book);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        // the page's first check re-marks the tree's rows when it lands: act once it has
        waitUntil(() -> !vm.problems().checkingProperty().get()
                && !vm.problems().problemsProperty().get().of(Kind.ESCAPED_UNICODE).isEmpty());
    }

    /** Problems → the "Escaped characters" group → Fix all. */
    private void fixAllEscapes() {
        TreeCell<?> group = lookup(".kind-group").match(n -> ((TreeCell<?>) n).getItem() == Kind.ESCAPED_UNICODE)
                .queryAs(TreeCell.class);
        assertNotNull(group, "no escaped characters group");
        clickOn(group);
        clickOn("#fixAllButton");
        waitUntil(() -> !vm.problems().checkingProperty().get()
                && vm.problems().problemsProperty().get().of(Kind.ESCAPED_UNICODE).isEmpty());
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());
    }

    /** Ctrl+S; the save must succeed and leave the window unmodified. */
    private void save() {
        fx(vm::dismissNotice);
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> vm.noticeProperty().get() != null);
        Notice n = vm.noticeProperty().get();
        assertEquals(Notice.Level.SUCCESS, n.level(), n.text());
        waitUntil(() -> !vm.problems().checkingProperty().get());
        assertFalse(vm.modifiedProperty().get());
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
    }

    private void dropInto(MessagePlace dragged, MessagePlace thread) {
        int threads = Archive.threads(vm.editor().root()).size();
        TreeCell<?> from = cell(dragged);
        TreeCell<?> to = cell(thread);
        drag(from).dropTo(to);
        waitUntil(() -> Archive.threads(vm.editor().root()).size() == threads - 1);
    }

    private void dropBefore(MessagePlace dragged, MessagePlace thread) {
        Object moved = Archive.threads(vm.editor().root()).get(dragged.thread()).toData();
        TreeCell<?> from = cell(dragged);
        TreeCell<?> to = cell(thread);
        // the top quarter of a thread's row means "before it"
        drag(from).moveTo(to, Pos.TOP_CENTER, new Point2D(0, 3), Motion.DIRECT).drop();
        waitUntil(() -> moved.equals(Archive.threads(vm.editor().root()).get(thread.thread()).toData()));
    }

    private TreeCell<?> cell(MessagePlace p) {
        waitUntil(() -> lookup(".message-cell").match(n -> isAt(n, p)).tryQuery().isPresent());
        return lookup(".message-cell").match(n -> isAt(n, p)).queryAs(TreeCell.class);
    }

    private static boolean isAt(javafx.scene.Node n, MessagePlace p) {
        return ((TreeCell<?>) n).getItem() instanceof MessageRow r && r.place().equals(p) && n.isVisible();
    }

    // what the file should read back as

    @SuppressWarnings("unchecked")
    private static List<Object> threadsOf(Object data) {
        return (List<Object>) ((Map<String, Object>) data).get(Archive.ARCHIVE);
    }

    /** The data with thread {@code from} dropped into thread {@code into}: its last reply, then its own replies. */
    @SuppressWarnings("unchecked")
    private static Object dropped(Object data, int from, int into) {
        List<Object> threads = new ArrayList<>(threadsOf(data));
        Map<String, Object> moved = (Map<String, Object>) threads.remove(from);
        int target = into > from ? into - 1 : into;
        Map<String, Object> thread = new LinkedHashMap<>((Map<String, Object>) threads.get(target));
        List<Object> replies = new ArrayList<>((List<Object>) thread.get(Archive.REPLIES));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("name", moved.get("name"));
        reply.put("text", moved.get("text"));
        replies.add(reply);
        replies.addAll((List<Object>) moved.get(Archive.REPLIES));
        thread.put(Archive.REPLIES, replies);
        threads.set(target, thread);
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) data);
        out.put(Archive.ARCHIVE, threads);
        return out;
    }
}
