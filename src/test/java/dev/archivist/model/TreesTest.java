package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Trees compare by meaning: type and value, never style or place. */
class TreesTest {

    static YMapping page(YNode title) {
        return YMapping.of(List.of(new YEntry(YScalar.str("title"), title),
                new YEntry(YScalar.str("authors"), YSequence.of(List.of(YScalar.str("a"), YScalar.str("b"))))));
    }

    @Test
    void styleAndSpansDoNotMatter() {
        YScalar quoted = new YScalar("T", "str", ScalarStyle.DOUBLE_QUOTED, new Span(3, 6));
        assertTrue(Trees.sameData(page(YScalar.str("T")), page(quoted)));
    }

    @Test
    void aTypeChangeIsADifference() {
        YScalar yes = new YScalar("yes", "bool", ScalarStyle.PLAIN, null);
        assertEquals(Optional.of(YamlPath.of("title")),
                Trees.firstDifference(page(YScalar.str("yes")), page(yes), YamlPath.ROOT));
    }

    @Test
    void aCollectionsTagIsPartOfItsMeaning() {
        YMapping set = new YMapping(List.of(new YEntry(YScalar.str("a"), YScalar.nullValue())), true, null, "set");
        YMapping map = new YMapping(set.entries(), true, null);
        YSequence omap = new YSequence(List.of(set), false, null, "omap");
        assertFalse(Trees.sameData(page(set), page(map)));
        assertEquals(Optional.of(YamlPath.of("title")), Trees.firstDifference(page(set), page(map), YamlPath.ROOT));
        assertEquals(Optional.of(YamlPath.of("title")),
                Trees.firstDifference(page(omap), page(YSequence.of(List.of(set))), YamlPath.ROOT));
        assertTrue(Trees.sameData(page(set), page(set.withEntries(set.entries()))), "an edit keeps the tag");
        assertEquals("omap", omap.withItems(List.of()).tag());
        assertEquals("set", set.with("b", YScalar.nullValue()).tag());
    }

    @Test
    void nullsAreEqualWhateverTheirText() {
        YScalar tilde = new YScalar("~", "null", ScalarStyle.PLAIN, null);
        assertTrue(Trees.sameData(page(YScalar.nullValue()), page(tilde)));
    }

    @Test
    void aMissingItemOrAnotherKindOfNodeIsADifference() {
        YMapping a = page(YScalar.str("T"));
        YMapping b = a.with("authors", YSequence.of(List.of(YScalar.str("a"))));
        assertEquals(Optional.of(YamlPath.of("authors")), Trees.firstDifference(a, b, YamlPath.ROOT));
        assertFalse(Trees.sameData(page(YScalar.str("T")), page(YSequence.of(List.of()))));
        assertFalse(Trees.sameData(a, a.without("authors")));
        YMapping reordered = YMapping.of(List.of(a.entries().get(1), a.entries().get(0)));
        assertFalse(Trees.sameData(a, reordered), "key order is part of the page");
    }
}
