package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.LineDiff;
import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Scalars;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Promise 3: format writes the house style, is verified and idempotent, and keeps comments. */
class FormatTest {

    @TestFactory
    Stream<DynamicTest> formattingASampleIsVerifiedAndIdempotent() {
        return TestPages.samplePages().stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> idempotent(p)));
    }

    @TestFactory
    Stream<DynamicTest> formattingACorpusPageIsVerifiedAndIdempotent() {
        return TestPages.corpusPages().stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> idempotent(p)));
    }

    private static void idempotent(Path page) throws WriteRefused {
        ArchiveDocument doc = TestPages.parsed(page);
        for (int width : new int[] {0, 60}) {
            String once = PageWriter.formatted(doc, doc.root(), doc.body(), width);
            LineDiff.assertLineEndings(once, doc.source().lineSeparator(), page + " formatted");
            ArchiveDocument again = ArchiveReader.parse(page, doc.source(), once);
            assertTrue(again.parsed() && Trees.sameData(doc.root(), again.root()), "format changed the data of " + page);
            assertEquals(doc.body(), again.body(), "format changed the body of " + page);
            String twice = PageWriter.formatted(again, again.root(), again.body(), width);
            assertEquals(once, twice, "format is not idempotent on " + page + " at width " + width);
            assertHouseStyle(again, page + " at width " + width);
        }
    }

    /** What DESIGN.md's house style says, checked on the formatted text. */
    private static void assertHouseStyle(ArchiveDocument formatted, String what) {
        String previous = "";
        for (String line : LineDiff.lines(formatted.frontMatter())) {
            String bare = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            assertFalse(bare.endsWith(" "), what + ": trailing space in '" + bare + "'");
            boolean topLevelKey = previous.matches("[A-Za-z_][^ ]*:");
            assertFalse(topLevelKey && bare.startsWith("  - "), what + ": a list item is indented under " + previous);
            previous = bare;
        }
        List<String> wrong = new ArrayList<>();
        Scalars.forEachString(formatted.root(), (path, s) -> {
            String v = s.value();
            ScalarStyle expected = ScalarRules.plainSafe(v, false) ? ScalarStyle.PLAIN
                    : v.indexOf('\n') >= 0 && ScalarRules.literalable(v) ? ScalarStyle.LITERAL
                    : v.indexOf('\n') < 0 && ScalarRules.singleQuotable(v) ? ScalarStyle.SINGLE_QUOTED
                    : ScalarStyle.DOUBLE_QUOTED;
            if (s.style() != expected && !inFlowList(formatted, s.span().start())) {
                wrong.add(path + " is " + s.style() + ", house style is " + expected);
            }
            if (s.style() == ScalarStyle.DOUBLE_QUOTED) {
                assertOnlyInvisibleEscaped(formatted.text().substring(s.span().start(), s.span().end()), what + " " + path);
            }
        });
        assertTrue(wrong.isEmpty(), what + ": " + wrong);
    }

    private static boolean inFlowList(ArchiveDocument doc, int offset) {
        int ls = doc.text().lastIndexOf('\n', offset) + 1;
        return doc.text().substring(ls, offset).contains("[") || doc.text().substring(ls, offset).contains("{");
    }

    /** Non-ASCII is written as itself: an escape in a double-quoted scalar is only for a control or invisible character. */
    static void assertOnlyInvisibleEscaped(String quoted, String what) {
        for (int i = 0; i < quoted.length() - 1; i++) {
            if (quoted.charAt(i) != '\\') {
                continue;
            }
            char kind = quoted.charAt(i + 1);
            int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
            if (digits > 0) {
                int cp = Integer.parseInt(quoted.substring(i + 2, i + 2 + digits), 16);
                assertTrue(cp <= 0xFFFF && ScalarRules.needsEscape((char) cp),
                        what + ": a visible character is escaped: " + quoted.substring(i, i + 2 + digits));
            }
            i++;
        }
    }

    @Test
    void formatWritesNonAsciiAsItselfAndKeepsInvisibleCharactersEscaped() throws WriteRefused {
        ArchiveDocument doc = TestPages.parsed(TestPages.SAMPLES.resolve("book-of-the-week.md"));
        String text = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        assertTrue(text.contains("name: María Núñez\n"), "escaped name not written as itself");
        assertTrue(text.contains("“Tidy Pipelines: Practical Data Engineering with Python”"));
        assertTrue(text.contains("\\u200B"), "the zero-width space must stay visible as an escape");
        assertFalse(text.contains("\\xED"), "é still escaped");
    }

    @Test
    void formatWritesMultiLineTextsAsLiteralBlocksAndItemsUnindented() throws WriteRefused {
        ArchiveDocument doc = TestPages.parsed(TestPages.SAMPLES.resolve("book-of-the-week.md"));
        String text = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        assertTrue(text.contains("\nlinks:\n- text: Book's page\n  link: https://www.example-press.com/books/tidy-pipelines\n"), text);
        assertTrue(text.contains("\nauthors: [marianunez, Tomasz Kowalski]\n"), "a flow list stays a flow list");
        assertTrue(text.contains("\nstart: 2022-03-21 00:00:00\n"), "timestamps are written as they were");
        assertTrue(text.contains("    text: |-\n      It does, chapter 5."), "a multi-line text is a literal block");
        assertTrue(text.endsWith(doc.body()));
    }

    @Test
    void formatKeepsCommentsAndBlankLinesBeforeTopLevelKeys() throws WriteRefused {
        ArchiveDocument doc = TestPages.parsed(TestPages.SAMPLES.resolve("edge/comments.md"));
        String text = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        assertTrue(text.startsWith("---\n# Hand-edited page: comments and blank lines must survive every save.\ntitle: "), text);
        assertTrue(text.contains("\n\ncover: "), "blank line before cover");
        assertTrue(text.contains("\n\nauthors: "), "blank line before authors");
        assertTrue(text.contains("\n\n# two blank lines above, a comment line below\narchive:\n"), text);
        assertTrue(text.contains("# a comment between the key and the first item"), text);
        assertTrue(text.contains("# last line of the front matter is a comment\n---\n"), text);
    }

    @Test
    void theBlankLineAfterABlockScalarStaysLikeAnyOther() throws WriteRefused {
        String page = "---\na: |-\n  x\n  y\n\nb: 1\nc: |\n  z\n\n# c\nd: 2\ne: |-\n  w\n  v\n\n\nf: 3\n---\nbody\n";
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, page);
        assertEquals(page.replace("\n\n\nf", "\n\nf"), PageWriter.formatted(doc, doc.root(), doc.body(), 0));
    }

    @Test
    void aWidthFoldsLongLinesAndNoWidthNeverFolds() throws WriteRefused {
        String sentence = "This sentence is long enough to need folding at sixty columns, and then some more words.";
        String page = "---\ntitle: " + sentence + "\narchive:\n- name: A\n  text: '" + sentence + " " + sentence + "'\n---\nbody\n";
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, page);
        String wide = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        assertEquals(page.replace("'", ""), wide, "without a width nothing is folded");
        String folded = PageWriter.formatted(doc, doc.root(), doc.body(), 60);
        List<String> lines = LineDiff.lines(folded);
        assertTrue(lines.size() > 9, folded);
        for (String line : lines) {
            // PyYAML's rule: a line breaks at the first space past the width, so it may pass it by one word
            int lastSpace = line.lastIndexOf(' ');
            assertTrue(line.length() <= 60 || lastSpace <= 61, "not folded at 60: " + line);
        }
    }
}
