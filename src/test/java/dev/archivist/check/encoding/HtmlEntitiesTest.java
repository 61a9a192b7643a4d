package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {

    private static String md(String text) {
        return HtmlEntities.decode(text, true);
    }

    /** Decoding must leave the rendered page exactly as it was. */
    private static void showsTheSame(String text) {
        assertEquals(Pages.render(text), Pages.render(md(text)), "rendering changed for: " + text);
    }

    @Test
    void ampersandsInProseBecomeAmpersands() {
        assertEquals("Thanks for the Q&A, R&D & friends", md("Thanks for the Q&amp;A, R&amp;D &amp; friends"));
        showsTheSame("Thanks for the Q&amp;A, R&amp;D &amp; friends");
    }

    @Test
    void arrowsAndComparisonsMidLineBecomeTheCharacters() {
        assertEquals("raw -> features -> model, when p < 0.05 and n > 30",
                md("raw -&gt; features -&gt; model, when p &lt; 0.05 and n &gt; 30"));
        showsTheSame("raw -&gt; features -&gt; model, when p &lt; 0.05 and n &gt; 30");
    }

    @Test
    void angleBracketsAroundWordsAreEscapedSoTheyDoNotBecomeTags() {
        String text = "slices where &lt;metric=recall&gt; drops, e.g. col2=&lt;x&gt; or &lt;/b&gt;";
        assertEquals("slices where \\<metric=recall\\> drops, e.g. col2=\\<x\\> or \\</b\\>", md(text));
        showsTheSame(text);
        // decoded naively, a word in angle brackets becomes an HTML tag and vanishes from the page
        assertFalse(Pages.render("what the <team> team does").contains("team&gt;"));
        assertEquals("what the \\<team\\> team does", md("what the &lt;team&gt; team does"));
        showsTheSame("what the &lt;team&gt; team does");
    }

    @Test
    void aSlackQuoteAtALineStartStaysLiteralText() {
        String text = "From the book:\n&gt; Pipelines rot quietly.\n&gt;\nWhat do you think?";
        assertEquals("From the book:\n\\> Pipelines rot quietly.\n\\>\nWhat do you think?", md(text));
        showsTheSame(text);
        assertEquals("\\>  is it a question for me?", md("&gt;  is it a question for me?"));
    }

    @Test
    void doubledAnglesAreEscapedBecauseKramdownMakesGuillemetsOfThem() {
        assertEquals("\"Site\" \\>\\> \"Data\"", md("\"Site\" &gt;&gt; \"Data\""));
        showsTheSame("\"Site\" &gt;&gt; \"Data\"");
    }

    @Test
    void aLiteralTagOpenerMakesEveryDecodedCloserEscaped() {
        String text = "see <b and then x &gt; 3";
        assertEquals("see <b and then x \\> 3", md(text));
        showsTheSame(text);
    }

    @Test
    void quotesAndApostrophesAreDecodedWithCommonsText() {
        assertEquals("it's \"fine\" – really", md("it&#39;s &quot;fine&quot; &ndash; really"));
        assertEquals("it's", md("it&#x27;s"));
        showsTheSame("it&#39;s &quot;fine&quot; &ndash; really");
    }

    @Test
    void markdownPunctuationFromNumericEntitiesIsBackslashEscaped() {
        assertEquals("a \\*not bold\\* word", md("a &#42;not bold&#42; word"));
        showsTheSame("a &#42;not bold&#42; word");
        showsTheSame("&#35; not a heading");
    }

    @Test
    void entitiesThatWouldFormAnotherEntityOrAreEscapedStay() {
        assertEquals("write &amp;lt; for <", md("write &amp;lt; for &lt;"));
        assertEquals("a \\&amp; b", md("a \\&amp; b"));
        showsTheSame("write &amp;lt; for &lt;");
    }

    @Test
    void invisibleCharactersStayAsEntities() {
        assertEquals("a&nbsp;b&#8203;c", md("a&nbsp;b&#8203;c"));
    }

    @Test
    void entitiesInsideUrlsAreLeftToTheLinksCheck() {
        String link = "[the paper](https://example.org/p?a=1&amp;b=2)";
        assertEquals(link + " & more", md(link + " &amp; more"));
        String slack = "<https://example.org/docs?utm_source=x&amp;utm_medium=y|the docs> &amp; co";
        assertEquals("<https://example.org/docs?utm_source=x&amp;utm_medium=y|the docs> & co", md(slack));
        String slackText = "<https://example.org/qa|Q&amp;A notes> and <#C0123|q&amp;a> &amp; <@U0123>";
        assertEquals("<https://example.org/qa|Q&amp;A notes> and <#C0123|q&amp;a> & <@U0123>", md(slackText));
        String bare = "see https://example.org/?q=a&amp;r=b &amp; more";
        assertEquals("see https://example.org/?q=a&amp;r=b & more", md(bare));
        String urlText = "[https://shop.example.com/dp/1?crid=2[…]ship%2C312&amp;sr=1-1](https://shop.example.com/dp/1?sr=1-1)";
        assertEquals(urlText, md(urlText));
    }

    @Test
    void entitiesInsideCodeAreOnlySuggested() {
        String text = "use `a &lt; b` here &amp; there\n```\nif x &gt; 0:\n```";
        assertEquals("use `a &lt; b` here & there\n```\nif x &gt; 0:\n```", md(text));
        ArchiveDocument doc = Pages.thread(text);
        List<Problem> found = Pages.check(doc).stream().filter(p -> p.kind() == Kind.HTML_ENTITY).toList();
        assertEquals(2, found.size());
        Problem inCode = found.stream().filter(p -> !p.fix().safe()).findFirst().orElseThrow();
        assertEquals("use `a < b` here &amp; there\n```\nif x > 0:\n```", Pages.fixed(doc, inCode));
    }

    @Test
    void aPlainFieldDecodesButNeverMakesATag() {
        assertEquals("Data & AI", HtmlEntities.decode("Data &amp; AI", false));
        assertEquals("a &lt;b&gt; c", HtmlEntities.decode("a &lt;b&gt; c", false));
        List<Problem> found = Pages.check(Pages.page("title: Q&amp;A about &lt;b&gt; tags\n")).stream()
                .filter(p -> p.kind() == Kind.HTML_ENTITY).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).safelyFixable());
        assertEquals("Q&amp;A about &lt;b&gt; ta…", found.get(0).fix().before());
        assertEquals("Q&A about &lt;b&gt; ta…", found.get(0).fix().after());
        assertNull(found.get(1).fix());
    }

    @Test
    void decodingIsIdempotent() {
        for (String s : List.of("Q&amp;A &lt;x&gt; &gt;&gt; -&gt; &amp;lt;", "&gt; quote\n&#42;x&#42;", "<b &gt; 3")) {
            assertEquals(md(s), md(md(s)), s);
        }
    }

    @Test
    void theProblemShowsTheFirstEntityInContextAndFixesThemAll() {
        ArchiveDocument doc = Pages.thread("Thanks for the Q&amp;A! Loved it &amp; learned a lot");
        Problem p = Pages.problems("Thanks for the Q&amp;A! Loved it &amp; learned a lot", Kind.HTML_ENTITY).get(0);
        assertEquals("Thanks for the Q&amp;A! Loved it &amp; le…", p.fix().before());
        assertEquals("Thanks for the Q&A! Loved it & learne…", p.fix().after());
        assertEquals("Thanks for the Q&A! Loved it & learned a lot", Pages.fixed(doc, p));
        assertEquals("archive[0].text", p.where());
        assertEquals(4, p.line());
    }
}
