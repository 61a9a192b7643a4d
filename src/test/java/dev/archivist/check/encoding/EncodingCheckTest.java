package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EncodingCheckTest {
    /** One text with a fault of every fixable kind, some overlapping. */
    private static final String MESSY = "Q&amp;A with JosÃ© :wave::skin-tone-2:\u200B\n&gt; a quote\u00A0here"
            + "\n- topics:\n    ◦ caf\u00E9\u00A0culture :heart:\n    ◦ `a &lt; b` ❤️";

    private static final List<UnaryOperator<String>> FIXES = List.of(
            v -> HtmlEntities.decode(v, true), v -> EmojiShortcodes.convert(v, true), v -> InvisibleChars.fix(v, true),
            v -> SlackBullets.convert(v, TextRegions.of(v, true)), Mojibake::fix);

    @Test
    void fixesOnOneTextComposeInAnyOrder() {
        Set<String> results = new TreeSet<>();
        permutations(new ArrayList<>(FIXES), 0, order -> results.add(fixpoint(MESSY, order)));
        assertEquals(1, results.size(), results.toString());
        assertEquals("Q&A with José 👋🏻\n\\> a quote here\n- topics:\n  - café culture ❤️\n  - `a &lt; b` ❤️",
                results.iterator().next());
    }

    @Test
    void theFixEngineReachesTheSameTextAndThePatchedFileReadsBack() throws Exception {
        ArchiveDocument doc = Pages.thread(MESSY);
        FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, null), List.of(new EncodingCheck()),
                k -> "encoding".equals(k.group()));
        String text = PageWriter.patched(doc, r.root(), doc.body());
        ArchiveDocument again = ArchiveReader.parse(Path.of("x.md"), doc.source(), text);
        assertEquals(fixpoint(MESSY, FIXES), again.book().threads().get(0).text());
        List<Problem> left = new EncodingCheck().check(CheckContext.of(again, null));
        assertTrue(left.stream().noneMatch(Problem::safelyFixable), left.toString());
    }

    @Test
    void theCheckIsRegisteredAndItsProblemsHavePlaces() {
        assertTrue(Checks.all().stream().anyMatch(EncodingCheck.class::isInstance));
        List<Problem> found = Checks.run(CheckContext.of(Pages.thread("Thanks &amp; bye :wave:"), null));
        assertTrue(found.stream().anyMatch(p -> p.kind() == Kind.HTML_ENTITY && p.line() == 4 && p.column() == 9), found.toString());
    }

    @Test
    void aLargeArchiveGivesTheSameProblemsAsItsPartsOneByOne() {
        StringBuilder yaml = new StringBuilder("archive:\n");
        for (int i = 0; i < 5000; i++) {
            yaml.append("- name: N").append(i).append("\n  text: \"").append(i % 7 == 0 ? "a &amp; b :smile:" : "plain")
                    .append("\"\n  replies: []\n");
        }
        List<Problem> all = Pages.check(Pages.page(yaml.toString()));
        assertEquals(2 * 715, all.size());
        assertEquals(4, all.get(0).line());
        assertEquals("archive[4998].text", all.get(all.size() - 1).where());
    }

    private static String fixpoint(String text, List<UnaryOperator<String>> order) {
        String now = text;
        for (int round = 0; round < 8; round++) {
            String next = now;
            for (UnaryOperator<String> f : order) {
                next = f.apply(next);
            }
            if (next.equals(now)) {
                return now;
            }
            now = next;
        }
        throw new AssertionError("no fixpoint: " + now);
    }

    private static void permutations(List<UnaryOperator<String>> list, int k, java.util.function.Consumer<List<UnaryOperator<String>>> out) {
        if (k == list.size()) {
            out.accept(list);
            return;
        }
        for (int i = k; i < list.size(); i++) {
            java.util.Collections.swap(list, k, i);
            permutations(list, k + 1, out);
            java.util.Collections.swap(list, k, i);
        }
    }
}
