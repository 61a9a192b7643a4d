package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions that rendered HTML holds nothing that can run or load from outside. */
final class HtmlAssertions {

    private static final Set<String> TAGS = Set.of(
            "!doctype", "html", "head", "meta", "title", "style", "body", "main", "header", "section",
            "article", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "em", "del",
            "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "hr", "table", "thead", "tbody", "tr",
            "th", "td", "b", "i", "u", "s", "sub", "sup", "aside", "dl", "dt", "dd");
    private static final Pattern TAG = Pattern.compile("<(/?)([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

    private HtmlAssertions() {
    }

    /** Every tag is a known harmless one; no event handler; links only to the web or to site files. */
    static void assertNothingLive(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase();
            if (!TAGS.contains(name)) {
                fail("unexpected tag <" + name + "> in: " + tag.group());
            }
            if (!name.equals("!doctype")) {
                attributes(tag.group(), tag.group(3));
            }
        }
        assertFalse(html.toLowerCase().contains("<script"), "no script element");
    }

    private static void attributes(String tag, String text) {
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            String name = a.group(1).toLowerCase();
            String value = a.group(2) == null ? "" : a.group(2).toLowerCase();
            assertFalse(name.startsWith("on"), "event handler in " + tag);
            if (name.equals("href")) {
                assertTrue(value.startsWith("http://") || value.startsWith("https://")
                        || value.startsWith("mailto:") || value.startsWith("file:"), "href in " + tag);
            }
            if (name.equals("src")) {
                assertTrue(value.startsWith("file:"), "src in " + tag);
            }
        }
    }
}
