package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Thread and reply texts render as the site shows {@code text | newline_to_br | markdownify}
 * (Jekyll, kramdown's GFM parser). Where commonmark and kramdown differ, each test names the
 * choice; see docs/decisions/render-like-the-site.md.
 */
class TextLikeTheSiteTest {

    private final SiteMarkdown markdown = new SiteMarkdown();

    private String render(String text) {
        return markdown.text(text, null);
    }

    @Test
    void newlinesBecomeLineBreaks() {
        assertEquals("<p>first<br />\nsecond<br />\nthird</p>\n", render("first\nsecond\nthird"));
    }

    @Test
    void blankLineStaysInOneParagraphLikeTheSite() {
        // newline_to_br leaves no blank line for kramdown: one paragraph with two breaks
        assertEquals("<p>a<br />\n<br />\nb</p>\n", render("a\n\nb"));
    }

    @Test
    void trailingNewlineAddsNothing() {
        assertEquals("<p>a</p>\n", render("a\n"));
    }

    @Test
    void entityQuoteRendersAsLiteralQuoteLikeTheSite() {
        // Slack exported "> quote" as "&gt; quote": an entity, never a blockquote marker
        String html = render("thanks\n&gt; What do you like?\nI like it");
        assertTrue(html.contains("<br />\n&gt; What do you like?<br />"), html);
        assertFalse(html.contains("<blockquote>"), html);
    }

    @Test
    void realQuoteMarkerIsABlockquoteLikeTheSite() {
        assertTrue(render("> quoted").startsWith("<blockquote>\n<p>quoted</p>"), render("> quoted"));
    }

    @Test
    void entitiesDisplayAsCharactersWithoutBecomingTags() {
        String html = render("R&amp;D for the &lt;team&gt; team");
        assertEquals("<p>R&amp;D for the &lt;team&gt; team</p>\n", html);
    }

    @Test
    void slackBoldRendersAsEmphasisLikeTheSite() {
        // Slack's *bold* is Markdown emphasis; kramdown shows it in italics, so do we
        assertEquals("<p>a <em>really</em> tough one</p>\n", render("a *really* tough one"));
    }

    @Test
    void doubleAsterisksAreStrong() {
        assertEquals("<p><strong>bold</strong></p>\n", render("**bold**"));
    }

    @Test
    void angleBracketUrlIsALinkLikeTheSite() {
        assertEquals("<p>see <a rel=\"nofollow\" href=\"https://x.org/a\">https://x.org/a</a></p>\n",
                render("see <https://x.org/a>"));
    }

    @Test
    void slackLinkWithTextIsOneLinkLikeTheSite() {
        // kramdown's autolink takes anything up to '>', spaces and '|' included
        String html = render("<https://example.org/docs?a=1&amp;b=2|the docs>");
        assertEquals("<p><a rel=\"nofollow\" href=\"https://example.org/docs?a=1&amp;b=2|the docs\">"
                + "https://example.org/docs?a=1&amp;b=2|the docs</a></p>\n", html);
    }

    @Test
    void slackMailtoLinkIsALinkLikeTheSite() {
        assertEquals("<p><a rel=\"nofollow\" href=\"mailto:simon@example.com|simon@example.com\">"
                + "simon@example.com|simon@example.com</a></p>\n", render("<mailto:simon@example.com|simon@example.com>"));
    }

    @Test
    void urlAsLinkTextRendersAsLink() {
        assertEquals("<p><a rel=\"nofollow\" href=\"https://youtu.be/k0\">https://youtu.be/k0</a></p>\n",
                render("[https://youtu.be/k0](https://youtu.be/k0)"));
    }

    @Test
    void bareUrlStaysTextLikeTheSite() {
        // kramdown's GFM parser does not link bare URLs (kramdown/parser-gfm#17)
        assertEquals("<p>see https://x.org and www.x.org</p>\n", render("see https://x.org and www.x.org"));
    }

    @Test
    void listAfterAnIntroLineIsAList() {
        String html = render("I suggest to\n- try it\n- explore");
        assertEquals("<p>I suggest to</p>\n<ul>\n<li>try it</li>\n<li>explore</li>\n</ul>\n", html);
    }

    @Test
    void lineAfterAListStaysInItsLastItemLikeTheSite() {
        // on the site no blank line can end the list: the next line continues the last item
        String html = render("Questions:\n1. first?\n2. second?\n\nThanks");
        assertEquals("<p>Questions:</p>\n<ol>\n<li>first?</li>\n<li>second?<br />\n<br />\nThanks</li>\n</ol>\n", html);
    }

    @Test
    void dashLineIsTextNotAHeadingOrRuleLikeTheSite() {
        // newline_to_br puts <br /> after "---", so kramdown sees no setext underline or rule
        String html = render("Title\n---\nmore\n***");
        assertEquals("<p>Title<br />\n\u2014<br />\nmore<br />\n***</p>\n", html);
    }

    @Test
    void hashWithoutSpaceIsNotAHeading() {
        assertEquals("<p>#1: a question</p>\n", render("#1: a question"));
    }

    @Test
    void fencedCodeKeepsItsLinesUnlikeTheSite() {
        // on the site newline_to_br spoils the fence and shows "<br />" inside inline code;
        // the preview shows the code block the author meant
        String html = render("Code:\n```\nx = 1\n\ny = 2 -- \"z\"\n```\nafter");
        assertEquals("<p>Code:</p>\n<pre><code>x = 1\n\ny = 2 -- &quot;z&quot;\n</code></pre>\n<p>after</p>\n", html);
    }

    @Test
    void slackOneLineTripleBackticksAreInlineCodeLikeTheSite() {
        String html = render("```>>> list(map(p2, range(4))) [1, 2]```");
        assertEquals("<p><code>&gt;&gt;&gt; list(map(p2, range(4))) [1, 2]</code></p>\n", html);
    }

    @Test
    void inlineCodeKeepsQuotesAndDashes() {
        assertEquals("<p><code>a -- &quot;b&quot;</code></p>\n", render("`a -- \"b\"`"));
    }

    @Test
    void straightQuotesBecomeCurlyLikeTheSite() {
        assertEquals("<p>\u201980s \u201C\u2018Quoted\u2019 words\u201D don\u2019t \u2018single\u2019 \u201Cdouble\u201D.</p>\n",
                render("'80s \"'Quoted' words\" don't 'single' \"double\"."));
    }

    @Test
    void quotesAroundEmphasisBecomeCurly() {
        assertEquals("<p>the \u201C<em>Full-Stack</em>\u201D pipeline</p>\n", render("the \"*Full-Stack*\" pipeline"));
    }

    @Test
    void dashesAndEllipsisLikeTheSite() {
        assertEquals("<p>Darya \u2013 the NLP \u2014 part\u2026</p>\n", render("Darya -- the NLP --- part..."));
    }

    @Test
    void linkShowingItsAddressKeepsItsDashes() {
        assertTrue(render("<https://x.org/a--b>").contains(">https://x.org/a--b</a>"));
    }

    @Test
    void emojiCharactersRenderAsThemselves() {
        assertEquals("<p>thanks \uD83D\uDE42</p>\n", render("thanks \uD83D\uDE42"));
    }

    @Test
    void emojiShortcodeStaysTextLikeTheSite() {
        // the site has no emoji plugin: :joy: shows as written (a fix turns it into the character)
        assertEquals("<p>weka :joy:</p>\n", render("weka :joy:"));
    }

    @Test
    void singleTildeStaysTextLikeTheSite() {
        assertEquals("<p>~not struck~ but <del>struck</del></p>\n", render("~not struck~ but ~~struck~~"));
    }

    @Test
    void intrawordUnderscoresStayText() {
        assertEquals("<p>snake_case_name and <em>Hands-on</em></p>\n", render("snake_case_name and _Hands-on_"));
    }

    @Test
    void tablesRender() {
        String html = render("| a | b |\n|---|---|\n| 1 | 2 |");
        assertTrue(html.startsWith("<table>") && html.contains("<td>2</td>"), html);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", render(null));
        assertEquals("", render("  \n"));
    }

    @Test
    void windowsNewlinesBecomeLineBreaksToo() {
        assertEquals("<p>a<br />\n<br />\nb</p>\n", render("a\r\n\r\nb"));
    }

    @Test
    void dashLineInsideAFenceStaysCode() {
        assertEquals("<pre><code>---\n***\n</code></pre>\n", render("~~~\n---\n***\n~~~"));
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        assertEquals("<pre><code>a\n\nb\n</code></pre>\n", render("```\na\n\nb"));
    }
}
