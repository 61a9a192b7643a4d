package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Scalars;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.BaseConstructor;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** What the leading lines of a folded scalar hold, read by hand, agrees with SnakeYAML on every page. */
class FlowHeadsTest {

    @Test
    void escapesFoldingAndEscapedBreaksAreRead() {
        String text = "---\nk: \"caf\\xE9 \\u2019quoted\\u2019 \\\n  \\ trailing  \n\n  next \\U0001F602\\\n  end\"\n---\n";
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, text);
        YScalar s = (YScalar) doc.root().get("k").orElseThrow();
        List<String> heads = FlowHeads.of(text, s.span().start(), TestPages.lineEnds(text, s), ScalarStyle.DOUBLE_QUOTED);
        assertEquals(List.of("café ’quoted’ ", "café ’quoted’  trailing ", "café ’quoted’  trailing\nnext 😂"),
                java.util.Arrays.asList(heads.get(0), heads.get(1), heads.get(3)));
        assertEquals(null, heads.get(2), "a blank line");
    }

    @Test
    void readingForATargetStopsAtTheFirstLineItLeavesAndSaysSo() {
        // four lines: "one two" / "three" / "" (blank) / "four"; a target that leaves at line 2
        char[] s = "\"one two\n  three\n\n  four\"".toCharArray();
        int[] ends = {8, 16, 17};
        FlowHeads left = FlowHeads.read(s, ends, ScalarStyle.DOUBLE_QUOTED, "one two thr33\nfour");
        assertEquals(false, left.complete(), "the lines after the one the target leaves are not read");
        assertEquals(null, left.head(2), "an unread line reads as -1, as a blank one does");
        assertEquals(-1, left.prefixOf(1, "one two thr33\nfour"));

        FlowHeads kept = FlowHeads.read(s, ends, ScalarStyle.DOUBLE_QUOTED, "one two three\nfive");
        assertTrue(kept.complete(), "every line read: the target leaves only in the last one");
        assertEquals(null, kept.head(2), "a blank line");
        assertEquals("one two ".length(), kept.prefixOf(0, "one two three\nfive"));
    }

    @Test
    void everyFoldedScalarOfThePagesReadsAsSnakeYamlReadsIt() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        int[] checked = {0};
        for (Path page : pages) {
            ArchiveDocument doc = TestPages.parsed(page);
            String text = doc.text();
            Scalars.forEachString(doc.root(), (path, s) -> {
                if (s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED) {
                    return;
                }
                List<Integer> ends = TestPages.lineEnds(text, s);
                List<String> heads = FlowHeads.of(text, s.span().start(), ends, s.style());
                for (int k = 0; k < ends.size(); k++) {
                    if (heads.get(k) != null) {
                        checked[0]++;
                        assertEquals(snakeYaml(text.substring(s.span().start(), ends.get(k)), s.style()), heads.get(k),
                                page + " " + path + " line " + (k + 1));
                    }
                }
            });
        }
        // the samples alone hold fewer folded lines than the corpus with them
        assertTrue(checked[0] > (TestPages.corpus() == null ? 20 : 100), "few folded lines: " + checked[0]);
    }

    /** SnakeYAML's value for the first lines, closed on the next line (so the break folds as if text followed). */
    private static String snakeYaml(String lines, ScalarStyle style) {
        String yaml = switch (style) {
            case PLAIN -> "k: " + lines + "\n";
            case SINGLE_QUOTED -> "k: " + lines + "\n  '\n";
            default -> "k: " + lines + "\n  \"\n";
        };
        BaseConstructor constructor = new SafeConstructor(new LoaderOptions());
        Object v = ((Map<?, ?>) new Yaml(constructor).load(yaml)).get("k");
        return style == ScalarStyle.PLAIN ? v + " " : (String) v;
    }
}
