package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edits are pure, compose on one scalar, and a batch equals the edits applied one by one. */
class EditBatchTest {

    /** A tree that looks read from a source: every node has a span. */
    static YMapping sourced() {
        List<YNode> threads = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < 5; i++) {
            YScalar text = new YScalar("text " + i + " &amp;", "str", ScalarStyle.PLAIN, new Span(offset, offset + 10));
            offset += 20;
            threads.add(new YMapping(List.of(new YEntry(new YScalar("text", "str", ScalarStyle.PLAIN, new Span(offset, offset + 4)), text)),
                    false, new Span(offset - 20, offset + 10)));
            offset += 20;
        }
        YSequence archive = new YSequence(threads, false, new Span(0, offset));
        return new YMapping(List.of(new YEntry(new YScalar("archive", "str", ScalarStyle.PLAIN, new Span(0, 7)), archive)),
                false, new Span(0, offset));
    }

    @Test
    void aBatchEqualsTheEditsAppliedOneByOne() {
        YMapping root = sourced();
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < 5; i += 2) {
            edits.add(new Edit.TextEdit(YamlPath.of("archive", i, "text"), s -> s.replace("&amp;", "&")));
            edits.add(new Edit.TextEdit(YamlPath.of("archive", i, "text"), String::toUpperCase));
        }
        YNode oneByOne = root;
        for (Edit e : edits) {
            oneByOne = e.apply(oneByOne);
        }
        assertEquals(oneByOne, EditBatch.apply(root, edits));
        assertEquals("TEXT 0 &", ((YScalar) YamlPath.parse("archive[0].text").find(oneByOne).orElseThrow()).value());
    }

    @Test
    void untouchedBranchesKeepTheirNodesAndSpans() {
        YMapping root = sourced();
        YNode after = EditBatch.apply(root, List.of(new Edit.TextEdit(YamlPath.of("archive", 1, "text"), s -> s + "!")));
        YSequence before = (YSequence) root.get("archive").orElseThrow();
        YSequence now = (YSequence) ((YMapping) after).get("archive").orElseThrow();
        assertSame(before.get(0), now.get(0));
        assertNotNull(now.get(0).span());
        assertNull(now.get(1).span(), "an edited branch loses its span, so the patcher rewrites it");
        assertNull(now.span());
        YScalar edited = (YScalar) YamlPath.parse("archive[1].text").find(after).orElseThrow();
        assertEquals(ScalarStyle.PLAIN, edited.style(), "an edited scalar keeps its style");
    }

    @Test
    void anEditThatChangesNothingReturnsTheSameTree() {
        YMapping root = sourced();
        assertSame(root, new Edit.TextEdit(YamlPath.of("archive", 0, "text"), s -> s).apply(root));
        assertSame(root, new Edit.TextEdit(YamlPath.of("archive", 9, "text"), s -> s + "x").apply(root));
        assertSame(root, EditBatch.apply(root, List.of()));
    }

    @Test
    void nodeReplacementsApplyAfterTextEdits() {
        YMapping root = sourced();
        YNode after = EditBatch.apply(root, List.of(
                new Edit.SetNode(YamlPath.of("archive", 0, "text"), YScalar.str("set")),
                new Edit.TextEdit(YamlPath.of("archive", 0, "text"), s -> s + " edited")));
        assertEquals("set", ((YScalar) YamlPath.parse("archive[0].text").find(after).orElseThrow()).value());
    }

    @Test
    void restyleKeepsTheValueAndAsksForTheHouseStyle() {
        YMapping root = sourced();
        YNode after = new Edit.Restyle(YamlPath.of("archive", 0, "text")).apply(root);
        YScalar s = (YScalar) YamlPath.parse("archive[0].text").find(after).orElseThrow();
        assertEquals("text 0 &amp;", s.value());
        assertNull(s.style());
        assertNull(s.span());
        assertTrue(Trees.sameData(root, after));
    }
}
