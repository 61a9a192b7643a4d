package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Scalars;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A value changed somewhere inside is written again only there: on every flow scalar of every
 * page, a change in its middle keeps the source before and after it as written, so the lines
 * after the change stay, and every escape of a character the value still holds stays too.
 */
class ScalarSpliceTest {
    private static final Pattern ESCAPE = Pattern.compile("\\\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})");

    /** Changes in the middle of a value: a word replaced, a text inserted, a piece deleted. */
    private static List<UnaryOperator<String>> edits(Random rnd) {
        return List.of(
                v -> v.substring(0, v.length() / 2) + "caf\u00e9 \u201cnew\u201d words" + v.substring(v.length() / 2),
                v -> v.substring(0, v.length() / 3) + v.substring(Math.min(v.length(), v.length() / 3 + 1 + rnd.nextInt(6))),
                v -> v.replaceFirst("https?://[^\\s)\\]|>]+", "https://example.org/replaced"),
                v -> v.substring(0, v.length() / 2) + " \\ \" ' # : " + v.substring(v.length() / 2));
    }

    @TestFactory
    Stream<DynamicTest> aChangeInsideAValueKeepsItsSourceBeforeAndAfterTheChange() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> spliceEach(p)));
    }

    private static void spliceEach(Path page) throws Exception {
        ArchiveDocument doc = TestPages.parsed(page);
        Random rnd = new Random(page.getFileName().toString().hashCode());
        List<Object[]> scalars = new ArrayList<>();
        Scalars.forEachString(doc.root(), (path, s) -> scalars.add(new Object[] {path, s}));
        int spliced = 0;
        for (Object[] x : scalars) {
            YamlPath path = (YamlPath) x[0];
            YScalar s = (YScalar) x[1];
            if (s.span() == null || s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED
                    || s.value().length() < 12) {
                continue;
            }
            for (UnaryOperator<String> edit : edits(rnd)) {
                String value = edit.apply(s.value());
                if (value.equals(s.value())) {
                    continue;
                }
                YMapping intended = (YMapping) path.replace(doc.root(), s.withValue(value));
                String text;
                try {
                    text = PageWriter.prepare(doc, intended, doc.body(), false, 0).text();
                } catch (WriteRefused e) {
                    throw new AssertionError(page + " " + path + ": " + e.getMessage() + "\n--- was\n"
                            + doc.text().substring(s.span().start(), s.span().end()) + "\n--- value\n" + value
                            + "\n--- written\n" + YamlPatcher.patch(doc, intended, doc.body())
                                    .substring(s.span().start(), Math.min(s.span().end() + 400,
                                            YamlPatcher.patch(doc, intended, doc.body()).length())), e);
                }
                YScalar written = (YScalar) path.find(ArchiveReader.parse(page, doc.source(), text).root()).orElseThrow();
                assertEquals(value, written.value());
                String was = doc.text().substring(s.span().start(), s.span().end());
                String is = text.substring(written.span().start(), written.span().end());
                if (written.style() != s.style()) {
                    continue; // the value needs another style now: written whole, nothing to keep
                }
                spliced++;
                keepsEscapes(page + " " + path, was, is, value);
                // what follows the change is the same source: the text after it ends alike
                String tail = commonSuffix(s.value(), value);
                assertTrue(tail.isEmpty() || is.length() >= 2, page + " " + path);
                assertTrue(doc.text().substring(s.span().end()).equals(text.substring(written.span().end())),
                        page + " " + path + ": the text after the value changed");
            }
        }
        assertTrue(spliced > 0 || scalars.isEmpty(), page + ": nothing was spliced");
    }

    private static void keepsEscapes(String where, String was, String is, String value) {
        Matcher m = ESCAPE.matcher(was);
        while (m.find()) {
            String ch = new String(Character.toChars(Integer.parseInt(m.group(1).substring(1), 16)));
            if (value.contains(ch)) {
                assertTrue(is.contains(m.group()), where + ": " + m.group() + " lost\n--- was\n" + was + "\n--- is\n" + is);
            }
        }
    }

    private static String commonSuffix(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return a.substring(a.length() - i);
    }

    @Test
    void aFixInTheMiddleOfAFoldedDoubleQuotedTextChangesOnlyTheLinesOfTheChange() throws Exception {
        String page = """
                ---
                text: "Hi everyone \\u201CTidy Pipelines\\u201D is here: see https://example.org/a?utm_source=news\\
                  \\ for the book, and the first chapter\\u2019s notes are at https://example.org/notes\\
                  \\ if you want them. Caf\\xE9 at five."
                ---
                """;
        ArchiveDocument doc = ArchiveReader.parse(null, dev.archivist.model.SourceInfo.UTF8_LF, page);
        YScalar s = (YScalar) doc.root().get("text").orElseThrow();
        YMapping intended = doc.root().with("text", s.withValue(s.value().replace("?utm_source=news", "")));
        String text = PageWriter.prepare(doc, intended, doc.body(), false, 0).text();
        assertEquals(List.of(2), dev.archivist.gui.LineDiff.changedLines(page, text));
        assertTrue(text.contains("\\u201CTidy Pipelines\\u201D is here: see https://example.org/a\\\n"), text);
    }
}
