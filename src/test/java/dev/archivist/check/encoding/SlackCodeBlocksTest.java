package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.MarkdownText;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackCodeBlocksTest {

    /** The fixed text, checked to be a fixed point and to leave nothing of the kind behind. */
    private static String fixed(String text) {
        ArchiveDocument doc = Pages.thread(text);
        List<Problem> found = Pages.check(doc).stream().filter(p -> p.kind() == Kind.SLACK_CODE_BLOCK).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).safelyFixable());
        String fixed = Pages.fixed(doc, found.get(0));
        assertEquals(fixed, SlackCodeBlocks.fix(fixed), "idempotent");
        assertTrue(Pages.problems(fixed, Kind.SLACK_CODE_BLOCK).isEmpty(), fixed);
        return fixed;
    }

    @Test
    void oneLineBlockBecomesAFenceWithSlacksEntitiesDecoded() {
        assertEquals("```\npip install x>=1 && echo <ok>\n```",
                fixed("```pip install x&gt;=1 &amp;&amp; echo &lt;ok&gt;```"));
    }

    @Test
    void multiLineBlockGetsItsFencesOnLinesOfTheirOwn() {
        assertEquals("levels:\n```\n[ Service\n    [ Model ]\n]\n```\nWhat is slow?",
                fixed("levels:\n```[ Service\n    [ Model ]\n]```\nWhat is slow?"));
        assertEquals("```\nline1\nline2\n```", fixed("```\nline1\nline2```"));
    }

    @Test
    void textBeforeAndAfterOnTheSameLineStaysProseOnLinesOfItsOwn() {
        assertEquals("run\n```\nls -l\n```\nfirst, then", fixed("run ```ls -l``` first, then"));
        assertEquals("```\na\n```\nand\n```\nb\n```\nend", fixed("```a``` and ```b``` end"));
    }

    @Test
    void textAfterThatWouldStartABlockIsEscaped() {
        assertEquals("```\na\n```\n\\- done", fixed("```a``` - done"));
        assertEquals("```\na\n```\n\\# 1", fixed("```a``` # 1"));
        assertEquals("```\na\n```\n2\\. then", fixed("```a``` 2. then"));
        assertEquals("```\na\n```\n*really*", fixed("```a``` *really*"));
    }

    @Test
    void shorterBacktickRunsAreCode() {
        assertEquals("```\nuse `x` or ``y``\n```", fixed("```use `x` or ``y`` ```"));
    }

    @Test
    void codeHoldingALongerRunGetsALongerFence() {
        assertEquals("`````\nprint(\"````\")\n`````", fixed("```print(\"````\")```"));
    }

    @Test
    void entityDecodingIsOneStep() {
        assertEquals("```\n&lt; is <\n```", fixed("```&amp;lt; is &lt;```"));
    }

    @Test
    void correctFencesAreNotReported() {
        assertTrue(Pages.problems("see:\n```\ncode &lt;x&gt;\n```\nok", Kind.SLACK_CODE_BLOCK).isEmpty());
        assertTrue(Pages.problems("```python\nprint(1)\n```", Kind.SLACK_CODE_BLOCK).isEmpty());
        assertTrue(Pages.problems("````\na ```b``` c\n````", Kind.SLACK_CODE_BLOCK).isEmpty());
        assertTrue(Pages.problems("plain `code` and ``more``", Kind.SLACK_CODE_BLOCK).isEmpty());
    }

    @Test
    void anUnterminatedBlockAtALineStartIsReportedWithoutAFix() {
        List<Problem> found = Pages.problems("look:\n```pip install x\nand then", Kind.SLACK_CODE_BLOCK);
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
        assertTrue(Pages.problems("type ``` to start code", Kind.SLACK_CODE_BLOCK).isEmpty(), "shown as it is");
    }

    @Test
    void aCodeBlockAndAnUnterminatedOneAreTwoProblems() {
        List<Problem> found = Pages.problems("```a```\n```b", Kind.SLACK_CODE_BLOCK);
        assertEquals(2, found.size());
        assertEquals("```\na\n```\n```b", SlackCodeBlocks.fix("```a```\n```b"));
    }

    @Test
    void theHtmlEntityFixLeavesSlackCodeAlone() {
        // commonmark does not see code here (the blank line ends the paragraph), Slack does
        String text = "x ```a &lt;b\n\nc &amp; d``` y &amp; z\n\n```e &gt; f```";
        String entitiesFirst = SlackCodeBlocks.fix(HtmlEntities.decode(text, true));
        String codeFirst = HtmlEntities.decode(SlackCodeBlocks.fix(text), true);
        assertEquals("x\n```\na <b\n\nc & d\n```\ny & z\n\n```\ne > f\n```", codeFirst);
        assertEquals(codeFirst, entitiesFirst);
        assertEquals(codeFirst, SlackCodeBlocks.fix(HtmlEntities.decode(codeFirst, true)));
        assertTrue(Pages.problems(text, Kind.HTML_ENTITY).stream().noneMatch(p -> p.message().contains("inside code")));
        assertTrue(Pages.problems(codeFirst, Kind.HTML_ENTITY).isEmpty());
    }

    @Test
    void theOtherChecksReadTheFixedBlockAsCode() {
        String fixed = SlackCodeBlocks.fix("see ```curl <https://x.org?utm_source=a|x> :smile: Ann```");
        MarkdownText md = MarkdownText.of(fixed);
        int code = fixed.indexOf("curl");
        for (int i = code; i < fixed.indexOf(" Ann") + 4; i++) {
            assertEquals(MarkdownText.CODE, md.kind(i), "at " + i + " of " + fixed);
        }
        assertTrue(md.links().isEmpty());
        assertTrue(md.guarded().stream().anyMatch(r -> r.contains(fixed.indexOf("Ann"))));
        assertFalse(Pages.check(Pages.thread(fixed)).stream().anyMatch(p -> p.kind() == Kind.EMOJI_SHORTCODE));
    }
}
