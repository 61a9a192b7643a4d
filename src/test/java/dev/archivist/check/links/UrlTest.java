package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.amazon.com/dp/1617296724/ref=sr_1_1?crid=2NB&amp;dchild=1#reviews",
        "http://user:pw@Example.COM:8080/a%20b?q=caf%C3%A9&x=|y",
        "mailto:someone@example.org",
        "https://example.org?",
        "https://example.org#",
        "https://example.org/wiki/Foo_(bar)?a=1&&b=2",
        "https://de.wikipedia.org/wiki/Übersicht",
    })
    void printingGivesBackEveryCharacterThatWasParsed(String text) {
        assertEquals(text, Url.parse(text).orElseThrow().toString());
    }

    @Test
    void partsAreSplitAtTheFirstQuestionMarkAndHash() {
        Url u = Url.parse("https://x.org/a?b=c?d#e?f#g").orElseThrow();
        assertEquals("/a", u.path());
        assertEquals("b=c?d", u.query());
        assertEquals("e?f#g", u.fragment());
    }

    @Test
    void aQuestionMarkAfterTheHashIsPartOfTheFragment() {
        Url u = Url.parse("https://x.org/a#frag?not=query").orElseThrow();
        assertEquals("/a", u.path());
        assertNull(u.query());
        assertEquals("frag?not=query", u.fragment());
        Url noPath = Url.parse("mailto:a@b.org?subject=x#y").orElseThrow();
        assertNull(noPath.authority());
        assertEquals("a@b.org", noPath.path());
        assertEquals("subject=x", noPath.query());
        assertEquals("", Url.parse("https://x.org?#").orElseThrow().query());
        assertEquals("x.org", Url.parse("https://x.org#top").orElseThrow().authority());
        for (String text : new String[] {"https://x.org/a#frag?not=query", "mailto:a@b.org?subject=x#y", "https://x.org?#",
            "https://x.org#top", "http://h:1/p;q?a=1&b#", "x:"}) {
            assertEquals(text, Url.parse(text).orElseThrow().toString(), "gives back the text it split");
        }
    }

    @Test
    void hostIsLowerCaseWithoutUserPortOrBrackets() {
        assertEquals("example.com", Url.parse("http://user:pw@Example.COM:8080/x").orElseThrow().host());
        assertEquals("::1", Url.parse("http://[::1]:8080/").orElseThrow().host());
    }

    @Test
    void textWithoutSchemeIsNoUrl() {
        assertTrue(Url.parse("www.example.com/x").isEmpty());
        assertTrue(Url.parse("fast.ai").isEmpty());
        assertTrue(Url.parse("://x").isEmpty());
    }

    @Test
    void emptyQueryAndNoQueryDiffer() {
        assertEquals("", Url.parse("https://x.org/?").orElseThrow().query());
        assertNull(Url.parse("https://x.org/").orElseThrow().query());
    }

    @Test
    void onlyHttpAndHttpsWithAHostAreWebUrls() {
        assertTrue(Url.parse("HTTPS://x.org").orElseThrow().isWeb());
        assertFalse(Url.parse("ftp://x.org").orElseThrow().isWeb());
        assertFalse(Url.parse("https:///path").orElseThrow().isWeb());
    }
}
