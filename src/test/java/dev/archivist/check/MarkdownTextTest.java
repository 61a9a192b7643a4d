package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void eachCharIsProseCodeUrlOrHtml() {
        String text = "a `b` [c](https://d.org) <i>h</i>\n\n    code";
        MarkdownText md = MarkdownText.of(text);
        assertEquals(MarkdownText.PROSE, md.kind(0));
        assertEquals(MarkdownText.CODE, md.kind(text.indexOf('b')));
        assertEquals(MarkdownText.PROSE, md.kind(text.indexOf('c')));
        assertEquals(MarkdownText.URL, md.kind(text.indexOf("d.org")));
        assertEquals(MarkdownText.HTML, md.kind(text.indexOf("<i>")));
        assertEquals(MarkdownText.PROSE, md.kind(text.indexOf("h</i>")));
        assertEquals(MarkdownText.CODE, md.kind(text.indexOf("code")));
    }

    @Test
    void linksKnowWhereTheirTextAndUrlAre() {
        String text = "see [the *docs*](<https://x.example/a b> \"t\") and <https://y.example> and [r][ref]\n\n[ref]: https://r.example";
        List<MarkdownText.Link> links = MarkdownText.of(text).links();
        assertEquals(3, links.size());
        MarkdownText.Link inline = links.get(0);
        assertFalse(inline.autolink());
        assertEquals("the *docs*", text.substring(inline.start() + 1, inline.textEnd()));
        assertEquals("https://x.example/a b", text.substring(inline.urlStart(), inline.urlEnd()));
        assertTrue(links.get(1).autolink());
        assertEquals("https://y.example", links.get(1).destination());
        assertEquals(-1, links.get(2).urlStart());
    }

    @Test
    void renamesMayReachALinksTextButNotItsUrlNorCode() {
        String text = "[Gant](https://x.org/Gant) `Gant` ![Gant](g.png)";
        List<MarkdownText.Range> guarded = MarkdownText.of(text).guarded();
        assertFalse(guarded.stream().anyMatch(r -> r.contains(1)));
        assertTrue(guarded.stream().anyMatch(r -> r.contains(text.indexOf("x.org"))));
        assertTrue(guarded.stream().anyMatch(r -> r.contains(text.indexOf("`Gant`") + 1)));
        assertTrue(guarded.stream().anyMatch(r -> r.contains(text.indexOf("![") + 2)));
    }

    @Test
    void escapesAndEntitiesAreDecodedAsCommonMarkDoes() {
        assertEquals("a&b \"c\" * é \uFFFD € &nosuch; ⊂", MarkdownText.unescape("a&amp;b &quot;c&quot; \\* &#233; &#0; &#x20AC; &nosuch; &sub;"));
        assertEquals("plain", MarkdownText.unescape("plain"));
        assertTrue(MarkdownText.escaped("\\[", 1));
        assertFalse(MarkdownText.escaped("\\\\[", 2));
    }
}
