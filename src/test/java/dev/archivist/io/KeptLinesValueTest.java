package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Scalars;
import dev.archivist.model.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The re-folded texts the patcher tries are read by the fast parser, with SnakeYAML only where it
 * gives up: both must read every such text alike, broken ones included.
 */
class KeptLinesValueTest {
    private static final List<UnaryOperator<String>> EDITS = List.of(
            v -> v + " edited",
            v -> v.replaceFirst("\\S+$", "changed"),
            v -> v.substring(0, v.length() * 3 / 4) + " caf\u00e9 \u201cq\u201d \\ \" 'x' \ud83d\ude02 " + v.substring(v.length() * 3 / 4),
            v -> v + " \u00a0x\u200b",
            v -> v + "\n\nP.S. note: see #3",
            v -> v + ": x # not a comment",
            v -> v + "\tx  \t y",
            v -> v + " \u2028x\u0085",
            v -> v + " \ud800x",
            v -> v + "\n--- x\n... y");

    @Test
    void everyStringOfThePagesReadsAlikeFastAndWithSnakeYaml() {
        int[] fast = {0};
        forEachFlowScalar((doc, s) -> {
            String text = doc.text().substring(s.span().start(), s.span().end());
            fast[0] += assertReadsAlike(text);
        });
        assertTrue(fast[0] > 100, "the fast parser read few texts: " + fast[0]);
    }

    @Test
    void everyRefoldedCandidateReadsAlikeFastAndWithSnakeYaml() {
        int[] fast = {0};
        int[] all = {0};
        forEachFlowScalar((doc, s) -> {
            for (String text : candidates(doc, s)) {
                all[0]++;
                fast[0] += assertReadsAlike(text);
                // cut short, a candidate is broken YAML (an open quote, a lone backslash...)
                assertReadsAlike(text.substring(0, text.length() / 3));
                assertReadsAlike(text.substring(0, text.length() - 2));
            }
        });
        assertTrue(fast[0] > 100 && fast[0] > all[0] / 2, "the fast parser read few candidates: " + fast[0] + " of " + all[0]);
    }

    @Test
    void brokenTextsReadAsSnakeYamlReadsThem() {
        for (String text : List.of("\"open", "'open", "\"bad \\q escape\"", "\"\\x4\"", "\"lone \ud800\"", "plain: colon",
                "plain\ttab", "\"a\u2028\n  b\"", "'a\u0085  b'", "\"a\n---\n  b\"", "a\n  # comment\n  b", "[a, b]",
                "\"a\" trailing", "'a'\nk2: b", "", "|\n  block", "&anchor a", "!!str a", "\"\\uD800\"")) {
            assertReadsAlike(text);
        }
    }

    /** Asserts the two readings agree; 1 when the fast parser gave the answer, 0 when SnakeYAML did. */
    private static int assertReadsAlike(String text) {
        String yaml = "k: " + text + "\n";
        String reference = KeptLines.snakeValueOf(yaml);
        assertEquals(reference, KeptLines.valueOf(text), () -> "read differently: " + text);
        return KeptLines.fastValueOf(yaml) != null ? 1 : 0;
    }

    /** Every text the patcher could try for each edit of the scalar, one per kept line. */
    private static List<String> candidates(ArchiveDocument doc, YScalar s) {
        String src = doc.text();
        SourceRegions regions = new SourceRegions(src);
        int indent = regions.continuationIndent(s);
        List<Integer> ends = TestPages.lineEnds(src, s);
        List<String> out = new ArrayList<>();
        if (indent < 1 || ends.isEmpty()) {
            return out;
        }
        List<String> heads = FlowHeads.of(src, s.span().start(), ends, s.style());
        for (UnaryOperator<String> edit : EDITS) {
            String value = edit.apply(s.value());
            for (int k = 0; k < ends.size(); k++) {
                String head = heads.get(k);
                if (head != null && value.length() > head.length() && value.startsWith(head)) {
                    out.add(KeptLines.refolded(src, s, ends.get(k), head, value, s.style(),
                            doc.source().lineSeparator(), indent, YamlPatcher.PYYAML_WIDTH));
                }
            }
        }
        return out;
    }

    private static void forEachFlowScalar(java.util.function.BiConsumer<ArchiveDocument, YScalar> action) {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        for (Path page : pages) {
            ArchiveDocument doc = TestPages.parsed(page);
            Scalars.forEachString(doc.root(), (path, s) -> {
                if (s.style() != ScalarStyle.LITERAL && s.style() != ScalarStyle.FOLDED) {
                    action.accept(doc, s);
                }
            });
        }
    }
}
