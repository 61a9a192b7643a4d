package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LineIndexCacheTest {

    @Test
    void oneTextKeepsItsIndex() {
        String text = "a\nb\nc";
        assertSame(LineIndexCache.of(text), LineIndexCache.of(text));
    }

    @Test
    void equalTextsOfTwoDocumentsAreNotMatchedByContent() {
        // a file read twice gives equal texts; matching them by content compared megabytes per lookup
        String first = "title: x\nlinks: []\n".repeat(3);
        String second = new String(first.toCharArray());
        LineIndex a = LineIndexCache.of(first);
        LineIndex b = LineIndexCache.of(second);
        assertNotSame(a, b);
        assertEquals(a.line(20), b.line(20));
    }
}
