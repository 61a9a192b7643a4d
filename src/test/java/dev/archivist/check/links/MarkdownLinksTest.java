package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.Training;
import dev.archivist.check.links.LinkRef.Form;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Scalars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MarkdownLinksTest {

    private static List<LinkRef> links(String text) {
        return MarkdownLinks.scan(text).links();
    }

    @Test
    void inlineLinkKnowsWhereItsUrlAndTextAre() {
        String text = "see [the docs](https://x.example/a?b=1&amp;c=2 \"title\") now";
        LinkRef l = links(text).get(0);
        assertEquals(Form.INLINE, l.form());
        assertEquals("[the docs](https://x.example/a?b=1&amp;c=2 \"title\")", l.source(text));
        assertEquals("https://x.example/a?b=1&amp;c=2", l.rawUrl(text));
        assertEquals("https://x.example/a?b=1&c=2", l.href());
        assertEquals("the docs", l.rawText(text));
        assertFalse(l.showsUrl());
    }

    @Test
    void aLinkWhoseTextIsItsUrlShowsItEvenWithEntitiesOrStars() {
        String text = "[https://c.example/t?_ga=1&amp;_gl=1*x*_ga*M](https://c.example/t?_ga=1&amp;_gl=1*x*_ga*M)";
        LinkRef l = links(text).get(0);
        assertTrue(l.showsUrl());
        assertEquals("https://c.example/t?_ga=1&_gl=1*x*_ga*M", l.shown());
    }

    @Test
    void linksSpanningLinesAndWithBracketedDestinations() {
        String text = "a [multi\nline](<https://x.example/a b>) and [t](https://x.example/wiki/F_(b))";
        List<LinkRef> found = links(text);
        assertEquals("https://x.example/a b", found.get(0).rawUrl(text));
        assertEquals("multi\nline", found.get(0).rawText(text));
        assertEquals("https://x.example/wiki/F_(b)", found.get(1).rawUrl(text));
    }

    @Test
    void truncatedLinkTextWithBracketsIsOneLink() {
        String text = "Here: [https://g.example/main/ch04/[…]/backfill.py](https://g.example/main/ch04/jobs/backfill.py) ok";
        List<LinkRef> found = links(text);
        assertEquals(1, found.size());
        assertEquals("https://g.example/main/ch04/[…]/backfill.py", found.get(0).shown());
    }

    @Test
    void autolinksBareUrlsAndSlackLinksAreFound() {
        String text = "<https://a.example/x> then https://b.example/y?z=1&amp;w=2. and <https://c.example|the c site>";
        List<LinkRef> found = links(text);
        assertEquals(List.of(Form.AUTOLINK, Form.BARE, Form.SLACK), found.stream().map(LinkRef::form).toList());
        assertEquals("https://a.example/x", found.get(0).rawUrl(text));
        assertEquals("https://b.example/y?z=1&amp;w=2", found.get(1).rawUrl(text));
        assertEquals("https://c.example", found.get(2).rawUrl(text));
        assertEquals("the c site", found.get(2).rawText(text));
    }

    @Test
    void aMarkdownLinkRightBeforeSlackMarkupStaysTwoLinks() {
        String text = "[https://a.com/x](https://a.com/x)<https://b.com|b>";
        List<LinkRef> found = links(text);
        assertEquals(2, found.size());
        assertEquals(Form.INLINE, found.get(0).form());
        assertEquals("[https://a.com/x](https://a.com/x)", found.get(0).source(text));
        assertEquals(Form.SLACK, found.get(1).form());
        assertEquals("<https://b.com|b>", found.get(1).source(text));
        assertEquals(1, MarkdownLinks.scan(text).slack().size());
    }

    @Test
    void nothingInCodeSpansOrCodeBlocksIsALink() {
        String text = "run `curl https://x.example/?utm_source=a&amp;b <https://y.example|y>` first\n"
                + "```\n# see https://z.example/?utm_source=1&amp;x=2 and [a](https://w.example)\n```\n"
                + "    indented https://v.example/?fbclid=1\n\nafter https://u.example/ok";
        List<LinkRef> found = links(text);
        assertEquals(1, found.size());
        assertEquals("https://u.example/ok", found.get(0).rawUrl(text));
        assertTrue(MarkdownLinks.scan(text).slack().isEmpty());
    }

    @Test
    void quoteEntitiesAtLineStartsAreNotPartOfUrls() {
        String text = "&gt; What do you like?\n&gt; https://q.example/a&gt; said";
        List<LinkRef> found = links(text);
        assertEquals(1, found.size());
        assertEquals("https://q.example/a", found.get(0).rawUrl(text));
    }

    @Test
    void closingQuotesAndEllipsesAfterABareUrlAreNotPartOfIt() {
        String text = "“https://q.example/a” and https://q.example/b…";
        assertEquals(List.of("https://q.example/a", "https://q.example/b"),
                links(text).stream().map(l -> l.rawUrl(text)).toList());
    }

    @Test
    void slackMentionsAndChannelsAreTokensButNotLinks() {
        MarkdownLinks.Scan scan = MarkdownLinks.scan("hi <@U0123ABC> in <#C0123ABC|general> <!here>");
        assertTrue(scan.links().isEmpty());
        assertEquals(List.of(SlackToken.Type.USER, SlackToken.Type.CHANNEL, SlackToken.Type.SPECIAL),
                scan.slack().stream().map(SlackToken::type).toList());
    }

    @Test
    void referenceLinksAndImagesAreLeftAlone() {
        String text = "[a][r] and ![img](https://i.example/p.png?utm_source=x)\n\n[r]: https://r.example/?utm_source=y";
        assertTrue(links(text).isEmpty());
    }

    @Test
    void textWithoutLinkCharactersIsNotParsed() {
        assertFalse(MarkdownLinks.mayHaveLinks("plain text, even [brackets] and & ampersands"));
        assertTrue(links("plain text").isEmpty());
    }

    @Test
    void textsWithoutMarkdownSyntaxAreScannedWithoutTheParserToTheSameResult() {
        List<String> texts = List.of(
                "<https://a.example/x> then https://b.example/y?z=1&amp;w=2. and <https://c.example|the c site>",
                "hi <@U0123ABC> in <#C0123ABC|general>: https://q.example/a&gt; said",
                "mail <mailto:ana@example.org|Ana> or <tel:+1555|call>",
                "“https://q.example/a” and https://q.example/b… <ab:c d> <ab:c>",
                "a [b](https://x.example) and [https://y.example/?a=1&amp;b=2](https://y.example/?a=1&amp;b=2)",
                "![pic](https://i.example/p.png) [ spaced ](https://x.example) [](https://e.example) [a]()",
                "*[em*](https://x.example)* x](y) [a](b)[c](d) <https://x.example/[a](b)>",
                "<https://s.example|see [a](https://b.example)> and [Q&amp;A](https://q.example)",
                "\\[a](https://a.example) \\![i](https://i.example) \\\\[b](https://b.example) \\<measure\\> [u](https://u.example)",
                "a \\<https://x.example> b <https://y.example\\z> c\\\n[d](https://d.example) \\_e\\_");
        for (String text : texts) {
            assertFalse(MarkdownLinks.needsParser(text), text);
            assertEquals(MarkdownLinks.scan(text, true), MarkdownLinks.scan(text, false), text);
        }
    }

    @Test
    void codeLinksHtmlAndEscapesNeedTheParser() {
        for (String text : List.of("`https://x.example`", "a\\<b>https://x.example</b>", "[a\\]](https://x.example)",
                "para\n\n    https://x.example", "<b>https://x.example</b>", "<!here> https://x.example", "<ana@example.org>",
                "~~~\nhttps://x.example\n~~~", "-     [a](https://x.example)", ">     [a](https://x.example)",
                "[a [b](https://x.example)](https://y.example)", "[a][r] [b](https://x.example)", "[t](u \"title\")",
                "[t](<https://x.example>)", "[t](https://x.example/F_(b))", "[r]: https://r.example\n\n[t](https://x.example)",
                "[multi\nline](https://x.example)", "<#C0123|[chan]> [t](https://x.example)")) {
            assertTrue(MarkdownLinks.needsParser(text), text);
        }
    }

    /** Texts the parser must decide, or that look settled and are not: the scan agrees with the parser on each. */
    @Test
    void theScanWithoutTheParserAgreesWithTheParserOnTrickyTexts() {
        List<String> texts = List.of(
                "-     [a](https://x.example) in a list item is indented code",
                ">     [a](https://x.example) in a quote is indented code",
                "1.     [a](https://x.example)\n\n   [b](https://y.example)",
                "x ![i](https://i.example) [a](https://x.example?utm_source=a&amp;b=1)!",
                "<https://x.example/[a](https://b.example)> [c](https://c.example)",
                "<https://s.example|see [a](https://b.example)>, <https://t.example|[b](https://b.example)>",
                "[a](https://a.example)[b](https://b.example) ](https://z.example) [c] (https://c.example)",
                "**[bold link](https://x.example)** and _[under](https://u.example)_ and [a*](https://s.example)*",
                "line one\n[a](https://x.example)\n===\n[b](https://y.example)",
                "# [head](https://h.example)\n- [item](https://i.example)\n> [quote](https://q.example)",
                "  -   -     [a](https://x.example) nested items, then code\n> >     [b](https://y.example)",
                "a    [b](https://x.example) spaces mid-line\n-    [c](https://c.example) and 2021.     [d](https://d.example)",
                "text\n  *     [a](https://x.example)\n1)     [e](https://e.example)",
                "\\[a](https://a.example) \\![i](https://i.example) \\\\[b](https://b.example) \\\\\\[c](https://c.example)",
                "\\<https://x.example> \\<https://y.example|why> <https://z.example\\> \\<b> \\<measure\\> [q](https://q.example)",
                "[a\\]](https://x.example) [b](https://x.example\\)) [c\\[](https://y.example) line\\\n[d](https://d.example)");
        for (String text : texts) {
            assertEquals(MarkdownLinks.scan(text, true), MarkdownLinks.scan(text, false), text);
        }
    }

    /** The scan without the parser gives the parser's result on every text of the samples, the corpus and a generated archive. */
    @Test
    void theScanWithoutTheParserAgreesWithTheParserOnRealAndGeneratedTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        List<Path> pages = new ArrayList<>(mdFiles(Path.of("samples")));
        String corpus = System.getProperty("archivist.corpus");
        if (corpus != null && Files.isDirectory(Path.of(corpus, "_books"))) {
            pages.addAll(mdFiles(Path.of(corpus, "_books")));
        }
        for (Path page : pages) {
            strings(ArchiveReader.read(page), texts);
        }
        strings(ArchiveReader.read(null, Training.page(400).getBytes(StandardCharsets.UTF_8)), texts);
        int settled = 0;
        for (String text : texts) {
            assertEquals(MarkdownLinks.scan(text, true), MarkdownLinks.scan(text, false), text);
            settled += MarkdownLinks.mayHaveLinks(text) && !MarkdownLinks.needsParser(text) ? 1 : 0;
        }
        // without the corpus, the samples and the generated page
        assertTrue(settled > (dev.archivist.io.TestPages.corpus() == null ? 100 : 500),
                "settled without the parser: " + settled + " of " + texts.size());
    }

    private static void strings(ArchiveDocument doc, List<String> out) {
        if (doc.parsed()) {
            Scalars.forEachString(doc.root(), (p, s) -> out.add(s.value()));
        }
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
