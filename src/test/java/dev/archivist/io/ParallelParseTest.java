package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.SourceInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Large front matters are parsed in parallel pieces: the tree must be the one a whole parse gives, spans included. */
class ParallelParseTest {
    private static final int LARGE = FrontMatterParser.CHUNKED_FROM * 3;

    @TestFactory
    Stream<DynamicTest> aLargeArchiveMadeFromASampleParsesAsAWhole() {
        List<Path> pages = new ArrayList<>(List.of(TestPages.SAMPLES.resolve("book-of-the-week.md")));
        pages.addAll(TestPages.mdFiles(TestPages.SAMPLES.resolve("edge")));
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p),
                () -> assertSameTree(LargeArchives.repeatingThreads(LargeArchives.read(p), LARGE), p)));
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusPageParsesAsAWhole() {
        return TestPages.corpusPages().stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p),
                () -> assertSameTree(LargeArchives.read(p), p)));
    }

    @Test
    void theThreadsOfTheWholeCorpusInOnePageParseAsAWhole() {
        String joined = LargeArchives.joiningThreads(TestPages.corpusBooks());
        assertTrue(joined.length() > LARGE, "the joined corpus is too small to be cut: " + joined.length());
        assertSameTree(joined, Path.of("joined-corpus.md"));
    }

    @Test
    void aFifteenMegabyteArchiveParsesAsAWhole() {
        String text = LargeArchives.repeatingThreads(LargeArchives.read(TestPages.SAMPLES.resolve("book-of-the-week.md")),
                15 * 1024 * 1024);
        assertSameTree(text, Path.of("fifteen.md"));
    }

    @Test
    void rawNextLineAndLineSeparatorsReadAsSnakeYamlReadsThem() {
        // SnakeYAML takes a raw NEL, LS or PS for a line break, in a value or in a comment
        for (String value : List.of("\"a\u2028\n    b\"", "'a\u0085  b'", "a\u2029b", "plain # note\u2028x", "[a\u2028b]")) {
            String thread = "- name: A\n  text: " + value + "\n";
            String text = "---\ntitle: t\narchive:\n" + thread.repeat(LARGE / thread.length() + 1) + "---\n";
            ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, text);
            FrontMatterParser.Result whole = FrontMatterParser.whole(text, doc.frontMatterStart(), doc.frontMatterEnd(), 1);
            assertEquals(whole.error() == null, doc.parsed(), value + ": " + whole.error() + " / " + doc.error());
            assertEquals(whole.root(), doc.root(), value + ": the parallel parse differs from the whole parse");
        }
    }

    private static void assertSameTree(String text, Path name) {
        ArchiveDocument doc = ArchiveReader.read(name, text.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.parsed(), () -> name + ": " + doc.error());
        assertEquals(ArchiveReader.parseWhole(doc), doc.root(), name + ": the parallel parse differs from the whole parse");
    }
}
