package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LineIndexCacheTest {

    @Test
    void oneTextGetsOneIndexAndAnEqualCopyItsOwn() {
        String text = "a\nb\nc\n".repeat(1000);
        String copy = new String(text.toCharArray());
        LineIndex first = LineIndexCache.of(text);
        assertSame(first, LineIndexCache.of(text));
        // matched by identity: an equal copy is never compared character by character
        assertNotSame(first, LineIndexCache.of(copy));
        assertEquals(first.line(2999), LineIndexCache.of(copy).line(2999));
    }

    @Test
    void onlyTheLastFewTextsAreKept() {
        String text = "x\ny\n";
        LineIndex first = LineIndexCache.of(text);
        for (int i = 0; i < 20; i++) {
            LineIndexCache.of("other " + i + "\n");
        }
        assertNotSame(first, LineIndexCache.of(text));
    }
}
