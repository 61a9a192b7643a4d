package dev.archivist.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.BookArchive;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEditsTest {
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
                text: 'c1 folded
                  over two lines'
            - name: D
              text: second
              replies: []
            - name: E
              text: third
            ---
            body
            """;

    private static ArchiveDocument small() {
        return ArchiveReader.parse(null, SourceInfo.UTF8_LF, SMALL);
    }

    private static String write(ArchiveDocument doc, YMapping root) throws Exception {
        return PageWriter.prepare(doc, root, doc.body(), false, 0).text();
    }

    private static List<String> names(YMapping root) {
        return BookArchive.of(root).threads().stream().map(BookArchive.Message::name).toList();
    }

    private static List<String> replyNames(YMapping root, int thread) {
        return BookArchive.of(root).threads().get(thread).replies().stream().map(BookArchive.Message::name).toList();
    }

    @Test
    void aThreadMovedAmongRepliesTakesItsRepliesWithIt() throws Exception {
        ArchiveDocument doc = small();
        YMapping out = TreeEdits.move(doc.root(), YamlPath.parse("archive[0]"), YamlPath.parse("archive[0].replies[0]"));
        assertEquals(List.of("D", "E"), names(out));
        assertEquals(List.of("A", "B", "C"), replyNames(out, 0));
        assertFalse(((YMapping) YamlPath.parse("archive[0].replies[0]").find(out).orElseThrow()).get("replies").isPresent());
        String text = write(doc, out);
        assertTrue(text.contains("    text: 'c1 folded\n      over two lines'\n"), text);
    }

    @Test
    void aReplyMovedAmongThreadsBecomesAThreadWithoutReplies() throws Exception {
        ArchiveDocument doc = small();
        YMapping out = TreeEdits.move(doc.root(), YamlPath.parse("archive[0].replies[1]"), YamlPath.parse("archive[3]"));
        assertEquals(List.of("A", "D", "E", "C"), names(out));
        String text = write(doc, out);
        assertTrue(text.endsWith("- name: C\n  text: 'c1 folded\n    over two lines'\n---\nbody\n"), text);
    }

    @Test
    void aMoveNamesItsTargetInTheTreeWithoutTheMovedValue() {
        ArchiveDocument doc = small();
        // after archive[0] is gone, archive[0] is D: A goes into D
        YMapping out = TreeEdits.move(doc.root(), YamlPath.parse("archive[0]"), YamlPath.parse("archive[0].replies[0]"));
        assertEquals(List.of("A", "B", "C"), replyNames(out, 0));
        assertEquals("D", names(out).get(0));
    }

    @Test
    void insertingIntoAThreadWithoutRepliesCreatesThem() throws Exception {
        ArchiveDocument doc = small();
        YMapping out = TreeEdits.insert(doc.root(), YamlPath.parse("archive[2].replies[0]"), Archive.newReply());
        String text = write(doc, out);
        assertTrue(text.contains("  text: third\n  replies:\n  - name: ''\n    text: ''\n---"), text);
        YMapping emptyList = TreeEdits.insert(doc.root(), YamlPath.parse("archive[1].replies[0]"), Archive.newReply());
        assertTrue(write(doc, emptyList).contains("  replies:\n  - name: ''\n    text: ''\n- name: E"), write(doc, emptyList));
    }

    @Test
    void deletingTheLastReplyLeavesAnEmptyFlowList() throws Exception {
        ArchiveDocument doc = small();
        YMapping out = TreeEdits.delete(doc.root(), YamlPath.parse("archive[0].replies[1]"));
        out = TreeEdits.delete(out, YamlPath.parse("archive[0].replies[0]"));
        assertTrue(write(doc, out).contains("  replies: []\n- name: D"), write(doc, out));
    }

    @Test
    void mergingPutsTheOtherThreadsAndTheirRepliesAfterTheFirstOnesReplies() {
        YMapping out = TreeEdits.merge(small().root(), List.of(2, 0, 1));
        assertEquals(List.of("A"), names(out));
        assertEquals(List.of("B", "C", "D", "E"), replyNames(out, 0));
    }

    @Test
    void aNewKeyOfThePageGoesBeforeTheArchive() throws Exception {
        ArchiveDocument doc = small();
        YMapping out = TreeEdits.set(doc.root(), YamlPath.of("tags"), YScalar.str("books"));
        assertEquals(List.of("title", "tags", "archive"), out.entries().stream().map(e -> e.name()).toList());
        assertTrue(write(doc, out).startsWith("---\ntitle: t\ntags: books\narchive:\n"));
    }

    @Test
    void aMovedValueAndItsWayBackMeanTheSame() {
        YMapping root = small().root();
        YMapping there = TreeEdits.move(root, YamlPath.parse("archive[0].replies[1]"), YamlPath.parse("archive[1]"));
        YMapping back = TreeEdits.move(there, YamlPath.parse("archive[1]"), YamlPath.parse("archive[0].replies[1]"));
        assertTrue(Trees.sameData(root, back));
    }

    @Test
    void placesThatAreNotThereAreRefusedWithAReason() {
        YMapping root = small().root();
        InvalidEdit e = assertThrows(InvalidEdit.class, () -> TreeEdits.delete(root, YamlPath.parse("archive[7]")));
        assertEquals("there is no archive[7] (archive has 3 items)", e.getMessage());
        assertThrows(InvalidEdit.class, () -> TreeEdits.insert(root, YamlPath.parse("archive[4]"), Archive.newThread()));
        assertThrows(InvalidEdit.class, () -> TreeEdits.insert(root, YamlPath.of("title"), YScalar.str("x")));
        assertThrows(InvalidEdit.class, () -> TreeEdits.set(root, YamlPath.parse("title.x"), YScalar.str("x")));
        assertThrows(InvalidEdit.class, () -> TreeEdits.move(root, YamlPath.parse("archive[9]"), YamlPath.parse("archive[0]")));
    }
}
