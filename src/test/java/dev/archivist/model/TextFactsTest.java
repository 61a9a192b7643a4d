package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The carriage-return fact is the text's own, whatever other texts were asked before and however long. */
class TextFactsTest {

    @Test
    void eachTextGetsItsOwnAnswerShortOrLong() {
        String longPlain = "x\n".repeat(70_000);
        String longWithCr = longPlain + "\r";
        String longEqualCopy = new String(longPlain.toCharArray());
        for (int round = 0; round < 3; round++) {
            assertFalse(TextFacts.hasCarriageReturn(longPlain));
            assertTrue(TextFacts.hasCarriageReturn(longWithCr));
            assertFalse(TextFacts.hasCarriageReturn(longEqualCopy));
            assertTrue(TextFacts.hasCarriageReturn("a\r\nb"));
            assertFalse(TextFacts.hasCarriageReturn("a\nb"));
            // more long texts than the cache holds push the first ones out: they are scanned again
            for (int i = 0; i < 6; i++) {
                String other = (i % 2 == 0 ? "\r" : "") + "y\n".repeat(40_000 + i);
                assertTrue(TextFacts.hasCarriageReturn(other) == (i % 2 == 0));
            }
        }
    }
}
