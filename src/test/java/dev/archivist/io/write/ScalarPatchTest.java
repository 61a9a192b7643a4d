package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.archivist.io.LineDiff.Region;
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
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Promise 2 for values: changing one scalar changes only that scalar's lines, on every page we have. */
class ScalarPatchTest {
    private static final UnaryOperator<String> APPEND = v -> v.replaceFirst("(\n*)$", " edited$1");
    private static final UnaryOperator<String> NEW_PARAGRAPH = v -> v.replaceFirst("\n*$", "") + "\n\nP.S. note: see #3";

    @TestFactory
    Stream<DynamicTest> editingAnyStringOfASampleChangesOnlyItsLines() {
        return TestPages.samplePages().stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p),
                () -> editEach(p, s -> true, APPEND)));
    }

    @TestFactory
    Stream<DynamicTest> editingAnyStringOfACorpusPageChangesOnlyItsLines() {
        return TestPages.corpusPages().stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p),
                () -> editEach(p, s -> true, APPEND)));
    }

    @TestFactory
    Stream<DynamicTest> turningAnyTextIntoParagraphsChangesOnlyItsLines() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p),
                () -> editEach(p, path -> "text".equals(path.last()), NEW_PARAGRAPH)));
    }

    @TestFactory
    Stream<DynamicTest> appendingToAFoldedTextKeepsItsUntouchedLeadingLines() {
        List<Path> pages = new ArrayList<>(List.of(TestPages.SAMPLES.resolve("book-of-the-week.md")));
        if (TestPages.corpus() != null) {
            pages.addAll(TestPages.corpusBooks());
        }
        return pages.stream().map(p -> DynamicTest.dynamicTest(TestPages.name(p), () -> appendKeepsLeadingLines(p)));
    }

    private static void editEach(Path page, java.util.function.Predicate<YamlPath> which, UnaryOperator<String> change) {
        ArchiveDocument doc = TestPages.parsed(page);
        List<String> failures = new ArrayList<>();
        int[] edited = {0};
        Scalars.forEachString(doc.root(), (path, s) -> {
            if (!which.test(path)) {
                return;
            }
            edited[0]++;
            try {
                String value = change.apply(s.value());
                String text = patch(doc, path, value);
                LineDiff.assertChangedOnlyWithin(doc.text(), text, scalarLines(doc, s), path.toString());
                LineDiff.assertLineEndings(text, doc.source().lineSeparator(), path.toString());
                // the writer verifies every edit itself; an independent read-back of one edit in five keeps that honest
                if (edited[0] % 5 == 1) {
                    assertEquals(value, readBack(doc, text, path), path + " reads back differently");
                }
            } catch (AssertionError | Exception e) {
                failures.add(path + ": " + e.getMessage());
            }
        });
        assertTrue(edited[0] > 0 || !page.toString().contains("_books") && !page.toString().contains("book-of"),
                "no scalar edited in " + page);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + edited[0] + " edits in " + page + " went wrong; first: "
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    private static void appendKeepsLeadingLines(Path page) {
        ArchiveDocument doc = TestPages.parsed(page);
        List<String> failures = new ArrayList<>();
        int[] folded = {0};
        Scalars.forEachString(doc.root(), (path, s) -> {
            Region lines = scalarLines(doc, s);
            boolean multiLine = lines.to() > lines.from();
            if (!multiLine || s.style() == ScalarStyle.FOLDED) {
                return;
            }
            folded[0]++;
            try {
                String text = patch(doc, path, APPEND.apply(s.value()));
                LineDiff.assertChangedOnlyWithin(doc.text(), text, Region.lines(lines.to(), lines.to()), path.toString());
            } catch (AssertionError | Exception e) {
                failures.add(path + " (" + s.style() + "): " + e.getMessage());
            }
        });
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + folded[0] + " folded texts in " + page + " lost leading lines; first: "
                    + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
        }
    }

    /** The patched text of the document with one string scalar set to a new value. */
    static String patch(ArchiveDocument doc, YamlPath path, String value) throws WriteRefused {
        YScalar old = (YScalar) path.find(doc.root()).orElseThrow();
        YMapping intended = (YMapping) path.replace(doc.root(), ScalarValues.edit(old, value));
        return PageWriter.patched(doc, intended, doc.body());
    }

    /** The value at the path after reading the text again, independently of the writer's own check. */
    static String readBack(ArchiveDocument doc, String text, YamlPath path) {
        ArchiveDocument again = ArchiveReader.parse(doc.path(), doc.source(), text);
        assertTrue(again.parsed(), () -> "does not parse: " + again.error());
        Object data = again.root().toData();
        for (Object segment : path.segments()) {
            data = segment instanceof Integer i ? ((List<?>) data).get(i) : ((Map<?, ?>) data).get(segment);
        }
        return (String) data;
    }

    /** The lines a scalar stands on: from its first character to its last (block scalars own their kept lines). */
    static Region scalarLines(ArchiveDocument doc, YScalar s) {
        int start = s.span().start();
        int end = s.span().end();
        if (s.style() != ScalarStyle.LITERAL && s.style() != ScalarStyle.FOLDED) {
            return Region.lines(doc.line(start), doc.line(Math.max(start, end - 1)));
        }
        return Region.lines(doc.line(start), doc.line(Math.max(start, end - 1)));
    }
}
