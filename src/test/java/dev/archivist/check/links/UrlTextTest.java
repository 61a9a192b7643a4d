package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlTextTest {

    @Test
    void ampEntitiesBecomeAmpersands() {
        assertEquals("https://x.org/?a=1&b=2&c=3", UrlText.decodeAmp("https://x.org/?a=1&amp;b=2&amp;c=3"));
    }

    @Test
    void twiceEscapedAmpersandsAreUndoneToo() {
        assertEquals("https://x.org/?a=1&b=2", UrlText.decodeAmp("https://x.org/?a=1&amp;amp;b=2"));
    }

    @Test
    void anAmpersandThatWouldFormAnotherEntityStays() {
        // `&lt;` would be read by a Markdown renderer as `<`: the URL would change
        assertEquals("https://x.org/?q=&amp;lt;", UrlText.decodeAmp("https://x.org/?q=&amp;lt;"));
        assertEquals("https://x.org/?a=&amp;#39;", UrlText.decodeAmp("https://x.org/?a=&amp;#39;"));
    }

    @Test
    void decodingIsIdempotent() {
        for (String s : new String[] {"a&amp;amp;amp;b", "x&amp;lt;&amp;y", "&amp;&amp;", "plain"}) {
            String once = UrlText.decodeAmp(s);
            assertEquals(once, UrlText.decodeAmp(once), s);
        }
    }

    @Test
    void httpsReplacesOnlyTheScheme() {
        assertEquals("https://Fast.ai/x?http://y", UrlText.toHttps("HTTP://Fast.ai/x?http://y"));
        assertEquals("https://x.org", UrlText.toHttps("https://x.org"));
    }

    @Test
    void autolinksRefuseSpacesAndAngleBrackets() {
        assertTrue(UrlText.autolinkable("https://x.org/a_(b)?c=|d"));
        assertTrue(UrlText.autolinkable("tel:+15551234567"));
        assertFalse(UrlText.autolinkable("https://x.org/a b"));
        assertFalse(UrlText.autolinkable("https://x.org/<b>"));
        assertFalse(UrlText.autolinkable("x:y"));
        assertFalse(UrlText.autolinkable("fast.ai"));
    }

    @Test
    void validWebUrlsNeedAHostOfWellFormedLabels() {
        assertTrue(UrlText.isValidWebUrl("https://www.example-press.com/books/x?a=1"));
        assertTrue(UrlText.isValidWebUrl("https://bücher.example/x"));
        assertTrue(UrlText.isValidWebUrl("http://127.0.0.1:8080/"));
        assertFalse(UrlText.isValidWebUrl("www.example.com"));
        assertFalse(UrlText.isValidWebUrl("https://exa mple.com"));
        assertFalse(UrlText.isValidWebUrl("https://-bad-.com/"));
        assertFalse(UrlText.isValidWebUrl("ftp://example.com/"));
        assertFalse(UrlText.isValidWebUrl("<https://example.com>"));
    }
}
