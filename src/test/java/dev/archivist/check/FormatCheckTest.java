package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The format check stops at the first difference; it must still agree with a whole rewrite. */
class FormatCheckTest {

    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        pages.addAll(TestPages.corpusPages());
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> formatStyleIsReportedExactlyWhenFormattingWouldChangeThePageAtTheFirstChangedLine() {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed()) {
                return;
            }
            check(doc);
            ArchiveDocument formatted = ArchiveReader.parse(page, doc.source(),
                    PageWriter.formatted(doc, doc.root(), doc.body(), 0));
            check(formatted);
        }));
    }

    private static void check(ArchiveDocument doc) throws Exception {
        String whole = PageWriter.formatted(doc, doc.root(), doc.body(), 0);
        List<Problem> found = new FormatCheck().check(CheckContext.of(doc, null));
        if (whole.equals(doc.text())) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size());
        assertEquals(Kind.FORMAT_STYLE, found.get(0).kind());
        List<String> before = doc.text().lines().toList();
        List<String> after = whole.lines().toList();
        int first = 0;
        while (first < before.size() && first < after.size() && before.get(first).equals(after.get(first))) {
            first++;
        }
        assertEquals(first + 1, found.get(0).line(), "first differing line");
        assertEquals(after.get(first), found.get(0).fix().after());
    }
}
