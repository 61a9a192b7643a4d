package dev.archivist.gui.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.LineDiff;
import dev.archivist.gui.Samples;
import dev.archivist.io.ArchiveReader;
import dev.archivist.io.ArchiveWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.BookArchive;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadEditsTest {
    private static final String SMALL = """
            ---
            title: t
            archive:
            - name: A
              text: first
              replies:
              - name: B
                text: b1
              - name: C
                text: c1
            - name: D
              text: second
              replies: []
            ---
            body
            """;

    private static ArchiveDocument small() {
        return ArchiveReader.parse(null, SourceInfo.UTF8_LF, SMALL);
    }

    private static String write(ArchiveDocument doc, YMapping root) throws Exception {
        return ArchiveWriter.patched(doc, root, doc.body());
    }

    @Test
    void movingAReplyToAnotherThreadTouchesOnlyItsLinesAndTheInsertionPoint() throws Exception {
        ArchiveDocument doc = Samples.book();
        ThreadEdits.Result r = ThreadEdits.moveReply(doc.root(), Place.reply(1, 0), 0, 2);
        String text = write(doc, r.root());
        BookArchive book = ArchiveReader.parse(null, doc.source(), text).book();
        assertEquals(doc.book().threads().get(1).replies().get(0).text(), book.threads().get(0).replies().get(2).text());
        assertEquals(Place.reply(0, 2), r.select());
        int replyLine = doc.line(doc.root().get("archive").map(a -> Place.reply(1, 0).path().find(doc.root()).get()).get().span().start());
        for (int line : LineDiff.changedLines(doc.text(), text)) {
            assertTrue(line < replyLine + 6, "line " + line + " changed");
        }
    }

    @Test
    void aReplyTurnedIntoAThreadAndBackIsTheSameData() {
        ArchiveDocument doc = Samples.book();
        ThreadEdits.Result up = ThreadEdits.replyToThread(doc.root(), Place.reply(0, 1));
        assertEquals(Place.thread(1), up.select());
        assertEquals(doc.book().threads().size() + 1, Archive.threads(up.root()).size());
        ThreadEdits.Result back = ThreadEdits.threadToReply(up.root(), up.select());
        assertTrue(Trees.sameData(doc.root(), back.root()));
        assertEquals(Place.reply(0, 1), back.select());
    }

    @Test
    void mergingPutsTheOtherThreadAndItsRepliesAfterTheFirstOnesReplies() throws Exception {
        ArchiveDocument doc = small();
        ThreadEdits.Result r = ThreadEdits.merge(doc.root(), List.of(1, 0));
        BookArchive book = ArchiveReader.parse(null, doc.source(), write(doc, r.root())).book();
        assertEquals(1, book.threads().size());
        assertEquals(List.of("B", "C", "D"), book.threads().get(0).replies().stream().map(BookArchive.Message::name).toList());
        assertEquals(Place.reply(0, 2), r.select());
    }

    @Test
    void deletingTheLastReplyLeavesAnEmptyFlowList() throws Exception {
        ArchiveDocument doc = small();
        ThreadEdits.Result r = ThreadEdits.delete(doc.root(), List.of(Place.reply(0, 0), Place.reply(0, 1)));
        String text = write(doc, r.root());
        assertTrue(text.contains("  replies: []\n- name: D"), text);
        assertEquals(Place.thread(0), r.select());
    }

    @Test
    void aReplyAddedToAThreadWithoutRepliesBecomesABlockList() throws Exception {
        ArchiveDocument doc = small();
        ThreadEdits.Result r = ThreadEdits.addReply(doc.root(), 1, 0);
        String text = write(doc, r.root());
        assertTrue(text.contains("  replies:\n  - name: ''\n    text: ''\n---"), text);
        assertEquals(Place.reply(1, 0), r.select());
    }

    @Test
    void shiftingStopsAtTheEndsOfTheArchive() {
        ArchiveDocument doc = small();
        assertNull(ThreadEdits.shift(doc.root(), Place.thread(0), -1));
        assertNull(ThreadEdits.shift(doc.root(), Place.reply(0, 0), -1));
        ThreadEdits.Result r = ThreadEdits.shift(doc.root(), Place.reply(0, 1), -1);
        assertEquals("C", BookArchive.of(r.root()).threads().get(0).replies().get(0).name());
    }

    @Test
    void aLastReplyMovedDownGoesToTheNextThreadFirst() {
        ThreadEdits.Result r = ThreadEdits.shift(small().root(), Place.reply(0, 1), 1);
        assertEquals(Place.reply(1, 0), r.select());
        assertEquals("C", BookArchive.of(r.root()).threads().get(1).replies().get(0).name());
        ThreadEdits.Result back = ThreadEdits.shift(r.root(), r.select(), -1);
        assertEquals(Place.reply(0, 1), back.select());
    }

    @Test
    void deletingAThreadAndOneOfItsRepliesDeletesTheThreadOnce() {
        ArchiveDocument doc = small();
        ThreadEdits.Result r = ThreadEdits.delete(doc.root(), List.of(Place.thread(0), Place.reply(0, 1)));
        assertEquals(List.of("D"), BookArchive.of(r.root()).threads().stream().map(BookArchive.Message::name).toList());
    }

    @Test
    void canShiftAgreesWithShiftForEveryPlaceAndDirection() {
        YMapping root = small().root();
        BookArchive book = BookArchive.of(root);
        for (int t = 0; t < book.threads().size(); t++) {
            List<Place> places = new java.util.ArrayList<>(List.of(Place.thread(t)));
            for (int r = 0; r < book.threads().get(t).replies().size(); r++) {
                places.add(Place.reply(t, r));
            }
            for (Place p : places) {
                for (int delta : new int[] {-1, 1}) {
                    assertEquals(ThreadEdits.shift(root, p, delta) != null, ThreadEdits.canShift(root, p, delta),
                            p + " by " + delta);
                }
            }
        }
    }
}
