package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Scalars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The fast pass of {@link InlineOpeners} must agree with commonmark's parser on every char. */
class TextRegionsTest {
    private static final List<String> TRICKY = List.of(
            "a <b>bold</b> and <https://example.org/x?a=1&amp;b=2> and <ann@example.org> end",
            "`code` then [text](https://x.org/p) then ![img](pic.png) and \\[not](a link)",
            "[a [nested](https://x.org) link] and [ref] and [spaced](<a b>) and [t](u \"title\")",
            "<http://x y> is text, <3 is text, a < b is text, <!-- comment --> is html",
            "```\n[x](y) &amp;\n```\nafter [z](https://z.org)",
            "para\n\n    indented [x](y)\n\nback [w](https://w.org)",
            "> quote with <i>html</i>\n- item\n\n      code [x](y)\n",
            "[ref]: https://example.org/?a&amp;b\n\n[ref] text",
            "x\n<div>\n[y](z)\n</div>\n\ntail [q](r)",
            "[https://shop.example.com/1?c[…]&amp;sr=1](https://shop.example.com/1) and [Q&amp;A](https://q.org)",
            "~~~\ncode\n~~~\n[a](b) <https://c.org|slack> <@U0123> <#C01|chan>",
            "\\\\[a](b) \\<b> <b\n> and [x](y)",
            "-     [a](https://x.org) &amp; in a list item is indented code",
            ">     [a](https://x.org) &amp; in a quote is indented code",
            "1.  item\n\n       [b](https://y.org) &amp; code in the item",
            "  -   -     [a](https://x.org) &amp; nested list items, then code",
            "> >     [a](https://x.org) &amp; nested quotes, then code\n1)     [b](https://y.org) &amp;",
            "text\n  *     [a](https://x.org) &amp; a bullet after a paragraph line",
            "a    [b](https://x.org) &amp; four spaces in the middle of a line are only spaces",
            "-    [a](https://x.org) &amp; four spaces after a marker: a paragraph in the item",
            "2021. was the year [a](https://x.org) &amp; and 2021.     [b](https://y.org) &amp;");

    private static void agrees(String text) {
        byte[] parsed = TextRegions.parsedKinds(text);
        TextRegions regions = TextRegions.of(text, true);
        for (int i = 0; i < text.length(); i++) {
            assertEquals(parsed[i], regions.markdownKind(i), "at " + i + " in: " + text);
        }
    }

    @Test
    void theFastPassAgreesWithTheParserOnTrickyTexts() {
        TRICKY.forEach(TextRegionsTest::agrees);
    }

    @Test
    void theFastPassAgreesWithTheParserOnEveryCorpusAndSampleText() throws IOException {
        List<Path> pages = new ArrayList<>(mdFiles(Path.of("samples")));
        String corpus = System.getProperty("archivist.corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "_books")), "no corpus");
        pages.addAll(mdFiles(Path.of(corpus, "_books")));
        int texts = 0;
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            Scalars.forEachString(doc.root(), (p, s) -> {
                if (ScalarText.isMarkdown(p)) {
                    values.add(s.value());
                }
            });
            values.forEach(TextRegionsTest::agrees);
            texts += values.size();
        }
        assertTrue(texts > 2000, "texts: " + texts);
    }

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
    void plainValuesOnlyHaveUrls() {
        TextRegions r = TextRegions.of("see `x` at www.example.org", false);
        assertTrue(r.prose(4));
        assertFalse(r.prose(12));
    }

    private static List<Path> mdFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
