package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRegionsTest {

    @Test
    void codeUrlsAndHtmlAreNotProse() {
        String text = "a `b` [c](https://d.org) https://e.org/f?g=1 <i>h</i> j";
        TextRegions r = TextRegions.of(text, true);
        assertTrue(r.prose(0));
        assertTrue(r.code(text.indexOf('b')));
        assertTrue(r.prose(text.indexOf('c')));
        assertFalse(r.prose(text.indexOf("d.org")));
        assertFalse(r.prose(text.indexOf("e.org")));
        assertFalse(r.prose(text.indexOf("<i>")));
        assertTrue(r.prose(text.indexOf("h</i>")));
        assertTrue(r.prose(text.length() - 1));
    }

    @Test
    void aLinkWhoseTextIsAUrlIsNoProseButOtherLinkTextIs() {
        String text = "[https://a.org/x[…]y](https://a.org/xy) and [Q&amp;A](https://q.org) <https://s.org|see &amp;>";
        TextRegions r = TextRegions.of(text, true);
        assertFalse(r.prose(text.indexOf("a.org/x")));
        assertTrue(r.prose(text.indexOf("Q&amp;"), text.indexOf("A]")));
        assertFalse(r.prose(text.indexOf("see")));
    }

    @Test
    void plainValuesOnlyHaveUrls() {
        TextRegions r = TextRegions.of("see `x` at www.example.org", false);
        assertTrue(r.prose(4));
        assertFalse(r.prose(12));
    }
}
