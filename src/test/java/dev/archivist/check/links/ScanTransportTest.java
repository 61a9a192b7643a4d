package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.Training;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Scalars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A link fix keeps the analysis of the text it made, moved through its replacements, for the
 * next fix and the next check: it must be exactly what a new scan of that text finds.
 */
class ScanTransportTest {
    private static final List<UnaryOperator<String>> FIXES = List.of(LinkFixes::entityInUrl,
            LinkFixes::trackingParams, LinkFixes::urlAsText, LinkFixes::slackMarkup, LinkFixes::trimLinkText);

    /** Texts where a moved analysis could go wrong: a sign next to a replacement, or one a replacement brings. */
    private static final List<String> HOSTILE = List.of(
            "<https://x.example/a?utm_source=s&amp;b=1|the docs> and [https://y.example/?gclid=1](https://y.example/?gclid=1)",
            "wow!<https://x.example/?a=1&amp;b=2|docs>[a](https://a.example) and <#C0123|general>[b](https://b.example)",
            "\\<https://x.example/?a=1&amp;b=2|docs> \\\\<https://y.example/?utm_source=1|y> [c](https://c.example?fbclid=2)",
            "http://x.example/p<#C0123|gen> https://t.example/?utm_source=a<https://u.example|u>",
            "a   <https://x.example/?utm_source=1|x>   b [  spaced  ](https://s.example) c",
            "<https://x.example/[1]?utm_source=a|brackets> <https://y.example|label [with] brackets> [z](https://z.example)",
            "<https://x.example/a|b|c> <https://x.example/?utm_source=a|https://x.example/?utm_source=a> tail",
            "[https://x.example/?utm_source=a&amp;q=1](https://x.example/?utm_source=a&amp;q=1) https://b.example/?_ga=1&amp;x=2.",
            "<mailto:ana@example.org|ana@example.org> <@U0123|ana> <!here> <!subteam^S1|@team> <#C0123>",
            "line one <https://x.example/?utm_source=a|one>\n    indented <https://y.example|two>",
            "~~~ <https://x.example/?utm_source=a|fenced?>\n~~~ after",
            "`code` <https://x.example/?utm_source=a|code> [u](https://u.example/?utm_source=b)",
            "<https://x.example/?utm_source=a|label with    four spaces> end",
            "(<https://x.example/?a=1&amp;b=2|paren>) [<https://y.example/?utm_source=q|inside>](https://z.example)",
            "https://a.example/?utm_source=x&amp;y=1&amp;z=2, https://b.example/?si=2;, “https://c.example/?fbclid=3”",
            "[https://a.example/x?utm_source=1](https://a.example/x?utm_source=1)![i](https://i.example) [b](https://b.example)",
            "<https://x.example/?utm_source=a|!> [y](https://y.example) <https://z.example/?q=1&amp;r=2|z!>[w](https://w.example)",
            "<@U0123|wow!>[a](https://a.example/?utm_source=1) and <#C0123|gen!>[b](https://b.example)",
            "<@U0123|~~>~ [a](https://a.example/?utm_source=1) <https://t.example|~~>~",
            "<https://x.example|back\\slash> <https://y.example/?a=1&amp;b=2|end\\> [c](https://c.example/?si=1)");

    @Test
    void everyMovedAnalysisIsWhatANewScanFinds() throws IOException {
        List<String> texts = new ArrayList<>(HOSTILE);
        for (Path page : pages()) {
            strings(ArchiveReader.read(page), texts);
        }
        strings(ArchiveReader.read(null, Training.page(300).getBytes(StandardCharsets.UTF_8)), texts);
        int moved = 0;
        for (String text : texts) {
            if (!MarkdownLinks.mayHaveLinks(text)) {
                continue;
            }
            // every fix on the text, and every fix after every other, as a round applies them
            for (UnaryOperator<String> first : FIXES) {
                String once = first.apply(text);
                moved += same(once, text);
                for (UnaryOperator<String> second : FIXES) {
                    moved += same(second.apply(once), once);
                }
            }
        }
        assertTrue(moved > 1000, "analyses moved: " + moved);
    }

    @Test
    void aSlackLinkWithTrackingAndEntitiesIsFixedWithOneScan() {
        String text = "see <https://x.example/docs?utm_source=slack&amp;id=7|the docs> now";
        String decoded = LinkFixes.entityInUrl(text);
        String cleaned = LinkFixes.trackingParams(decoded);
        String markdown = LinkFixes.slackMarkup(cleaned);
        assertEquals("see [the docs](https://x.example/docs?id=7) now", markdown);
        assertEquals(1, same(decoded, text) + same(cleaned, decoded) + same(markdown, cleaned) - 2,
                "each fix's text has its analysis kept");
    }

    /** 1 when the fix kept a moved analysis of its text and it is a new scan's, 0 when it kept none. */
    private static int same(String out, String in) {
        if (out == in) {
            return 0;
        }
        MarkdownLinks.Analysis kept = MarkdownLinks.remembered(out);
        if (kept == null) {
            return 0;
        }
        MarkdownLinks.Analysis fresh = MarkdownLinks.fresh(out, false);
        assertEquals(fresh.scan(), kept.scan(), () -> "from: " + in + "\nto:   " + out);
        assertEquals(fresh.settled(), kept.settled(), out);
        assertEquals(ranges(fresh.taken()), ranges(kept.taken()), out);
        return 1;
    }

    private static List<List<Integer>> ranges(List<int[]> ranges) {
        return ranges.stream().map(r -> Arrays.stream(r).boxed().toList())
                .sorted((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1) - b.get(1) : a.get(0) - b.get(0)).toList();
    }

    private static void strings(ArchiveDocument doc, List<String> out) {
        if (doc.parsed()) {
            Scalars.forEachString(doc.root(), (p, s) -> out.add(s.value()));
        }
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(mdFiles(Path.of("samples")));
        String corpus = System.getProperty("archivist.corpus");
        if (corpus != null && Files.isDirectory(Path.of(corpus, "_books"))) {
            pages.addAll(mdFiles(Path.of(corpus, "_books")));
        }
        return pages;
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
