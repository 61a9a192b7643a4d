package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths: their written form, finding a node, and replacing one by path copying. */
class YamlPathTest {
    static final YMapping ROOT = map(
            entry("title", YScalar.str("T")),
            entry("odd.key", YScalar.str("x")),
            entry("archive", YSequence.of(List.of(
                    map(entry("text", YScalar.str("q0"))),
                    map(entry("text", YScalar.str("q1")),
                            entry("replies", YSequence.of(List.of(map(entry("text", YScalar.str("a")))))))))));

    static YEntry entry(String key, YNode value) {
        return new YEntry(YScalar.str(key), value);
    }

    static YMapping map(YEntry... entries) {
        return YMapping.of(List.of(entries));
    }

    @Test
    void aPathIsWrittenAndParsedTheSameWay() {
        for (String text : List.of("archive[3].replies[1].text", "title", "links[0].link", "[\"odd.key\"]", "a[\"b c\"].d[0]")) {
            assertEquals(text, YamlPath.parse(text).toString());
        }
        assertEquals(YamlPath.of("archive", 3, "replies", 1, "text"), YamlPath.parse("archive[3].replies[1].text"));
    }

    @Test
    void keysWithDotsBracketsAndQuotesSurviveTheWrittenForm() {
        for (String key : List.of("odd.key", "a]b", "say \"hi\"", "x[0]", "")) {
            YamlPath path = YamlPath.of("links", 0, key);
            assertEquals(path, YamlPath.parse(path.toString()), path.toString());
        }
    }

    @Test
    void badPathsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("archive[x]"));
        assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("archive[1"));
        assertThrows(IllegalArgumentException.class, () -> YamlPath.of("a", 1.5));
    }

    @Test
    void findFollowsKeysAndIndexes() {
        assertEquals("a", ((YScalar) YamlPath.parse("archive[1].replies[0].text").find(ROOT).orElseThrow()).value());
        assertEquals("x", ((YScalar) YamlPath.parse("[\"odd.key\"]").find(ROOT).orElseThrow()).value());
        assertTrue(YamlPath.parse("archive[2].text").find(ROOT).isEmpty());
        assertTrue(YamlPath.parse("archive[-1]").find(ROOT).isEmpty());
        assertTrue(YamlPath.parse("title.text").find(ROOT).isEmpty());
    }

    @Test
    void replaceCopiesOnlyThePathAndSharesUntouchedSiblings() {
        YMapping after = (YMapping) YamlPath.parse("archive[1].replies[0].text").replace(ROOT, YScalar.str("b"));
        YSequence before = (YSequence) ROOT.get("archive").orElseThrow();
        YSequence now = (YSequence) after.get("archive").orElseThrow();
        assertSame(before.get(0), now.get(0), "the untouched thread is the same object");
        assertSame(ROOT.get("title").orElseThrow(), after.get("title").orElseThrow());
        assertEquals("b", ((YScalar) YamlPath.parse("archive[1].replies[0].text").find(after).orElseThrow()).value());
        assertEquals("a", ((YScalar) YamlPath.parse("archive[1].replies[0].text").find(ROOT).orElseThrow()).value(),
                "the original tree is not changed");
    }

    @Test
    void replaceAppendsAMissingLastKeyAndRefusesAMissingPlace() {
        YMapping after = (YMapping) YamlPath.parse("archive[0].name").replace(ROOT, YScalar.str("N"));
        YMapping thread = (YMapping) YamlPath.parse("archive[0]").find(after).orElseThrow();
        assertEquals(List.of("text", "name"), thread.entries().stream().map(YEntry::name).toList());
        assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("archive[5].name").replace(ROOT, YScalar.str("N")));
        assertThrows(IllegalArgumentException.class, () -> YamlPath.parse("nothing.here").replace(ROOT, YScalar.str("N")));
    }

    @Test
    void parentAndPrefixes() {
        YamlPath p = YamlPath.parse("archive[1].replies[0].text");
        assertEquals(YamlPath.parse("archive[1].replies[0]"), p.parent());
        assertTrue(p.startsWith(YamlPath.parse("archive[1]")));
        assertTrue(!p.startsWith(YamlPath.parse("archive[0]")));
        assertEquals("text", p.last());
        assertTrue(YamlPath.ROOT.isRoot());
    }
}
