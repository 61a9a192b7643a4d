package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.links.LinkRef.Form;
import java.util.List;
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
}
