package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleCharsTest {

    private static String md(String text) {
        return InvisibleChars.fix(text, true);
    }

    @Test
    void zeroWidthCharactersAndMarksAreRemoved() {
        assertEquals("pipeline", md("pipe\u200Bline"));
        assertEquals("data-centric", md("data-\u2060centric"));
        assertEquals("start", md("\uFEFFstart"));
        assertEquals("hyphenation", md("hyphen\u00ADation"));
    }

    @Test
    void noBreakSpacesBecomeSpaces() {
        assertEquals("see you at 10 am", md("see\u00A0you at 10\u00A0am"));
    }

    @Test
    void aNoBreakSpaceThatIndentsAMarkdownLineIsKeptAndReported() {
        String text = "steps:\n\u00A0\u00A0first\n\u00A0\u00A0second";
        assertEquals(text, md(text));
        List<Problem> found = Pages.problems(text, Kind.INVISIBLE_CHAR);
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
        assertEquals("x y", InvisibleChars.fix("\u00A0x y", false).strip());
    }

    @Test
    void controlCharactersAreRemovedAndSeparatorsBecomeLineBreaks() {
        assertEquals("bell and tab\tkept", md("bell\u0007 and tab\tkept"));
        Problem bell = Pages.problems("bell\u0007 rings", Kind.INVISIBLE_CHAR).get(0);
        assertEquals("invisible or control characters: control character U+0007", bell.message());
        assertEquals("bell<U+0007> rings", bell.fix().before());
        assertEquals("one\ntwo", md("one\r\ntwo"));
        assertEquals("one\ntwo\nthree", md("one\u2028two\u2029three"));
        assertEquals("one two", InvisibleChars.fix("one\u2028two", false));
    }

    @Test
    void joinersAndSelectorsInsideEmojiStay() {
        String sequences = "coder 👩‍💻, love ❤️, family 👨‍👩‍👧, flag 🏳️‍🌈";
        assertEquals(sequences, md(sequences));
        assertTrue(Pages.problems(sequences, Kind.INVISIBLE_CHAR).isEmpty());
    }

    @Test
    void strayJoinersAndSelectorsAreRemoved() {
        assertEquals("ok then", md("ok\uFE0F then"));
        assertEquals("ab", md("a\u200Db"));
        // a joiner between letters of a script that uses it stays
        assertEquals("\u0645\u200C\u06CC", md("\u0645\u200C\u06CC"));
    }

    @Test
    void bytesThatMayBeMojibakeAreLeftToTheMojibakeCheck() {
        assertEquals("Ã\u00A0 bientôt", md("Ã\u00A0 bientôt"));
        assertEquals("café au lait", md("café\u00A0au lait"));
    }

    @Test
    void oneProblemNamesWhatWasFound() {
        Problem p = Pages.problems("a\u200Bb\u00A0c", Kind.INVISIBLE_CHAR).get(0);
        assertEquals("invisible or control characters: zero-width space, no-break space", p.message());
        assertTrue(p.safelyFixable());
        assertEquals("a<U+200B>b<U+00A0>c", p.fix().before());
        assertEquals("ab c", p.fix().after());
    }

    @Test
    void fixingIsIdempotent() {
        String s = "\uFEFFa\u200B\u00A0b\r\nc\u2028d ❤️\uFE0F \u00A0\u00A0indent";
        assertEquals(md(s), md(md(s)));
    }
}
