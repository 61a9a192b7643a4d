package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real page: the safe link fixes are written with minimal diffs and leave nothing to fix. */
class LinksCorpusTest {
    private static final Predicate<Kind> LINKS = k -> k.group().equals("links");

    static Stream<Path> pages() throws IOException {
        Path corpus = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));
        Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("_books")), "corpus not present");
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpus.resolve("_books"))) {
            pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Path samples = Path.of("samples");
        return Stream.concat(pages.stream(), Stream.of(samples.resolve("book-of-the-week.md")).filter(Files::exists));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void safeLinkFixesChangeOnlyTheirScalarsAndLeaveNothingToFix(Path page) throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Assumptions.assumeTrue(doc.parsed(), "not a page: " + page);
        CheckContext context = CheckContext.of(doc, Site.around(page).orElse(null));
        FixEngine.Result fixed = FixEngine.apply(context, List.of(new LinksCheck()), LINKS);
        if (!fixed.changed()) {
            return;
        }
        String text = PageWriter.patched(doc, fixed.root(), doc.body());
        ArchiveDocument again = ArchiveReader.parse(page, doc.source(), text);
        assertTrue(again.parsed(), () -> page + ": " + again.error());

        Map<YamlPath, YScalar> before = scalars(doc);
        Map<YamlPath, YScalar> after = scalars(again);
        assertEquals(before.keySet(), after.keySet(), "the same places hold values");
        List<YScalar> changed = before.entrySet().stream()
                .filter(e -> !e.getValue().value().equals(after.get(e.getKey()).value()))
                .peek(e -> assertTrue(isLinkBearing(e.getKey()), () -> "changed " + e.getKey()))
                .map(Map.Entry::getValue).toList();
        assertFalse(changed.isEmpty());
        onlyChangedScalarLinesDiffer(doc, text, changed);

        CheckContext second = CheckContext.of(again, context.site());
        List<Problem> left = new LinksCheck().check(second).stream().filter(Problem::safelyFixable).toList();
        assertEquals(List.of(), left, "safe fixes left after fixing");
        assertFalse(FixEngine.apply(second, List.of(new LinksCheck()), LINKS).changed(), "fixing again changes nothing");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void linkFixesAndTheOtherSafeFixesTogetherReachAFixpoint(Path page) throws Exception {
        ArchiveDocument doc = ArchiveReader.read(page);
        Assumptions.assumeTrue(doc.parsed(), "not a page: " + page);
        CheckContext context = CheckContext.of(doc, Site.around(page).orElse(null));
        Predicate<Kind> safe = FixEngine.selection(List.of());
        FixEngine.Result fixed = FixEngine.apply(context, Checks.all(), safe);
        String text = PageWriter.patched(doc, fixed.root(), doc.body());
        ArchiveDocument again = ArchiveReader.parse(page, doc.source(), text);
        CheckContext second = CheckContext.of(again, context.site());
        List<Problem> left = Checks.run(second).stream()
                .filter(p -> p.safelyFixable() && safe.test(p.kind()) && p.kind().group().equals("links")).toList();
        assertEquals(List.of(), left);
    }

    private static boolean isLinkBearing(YamlPath path) {
        String p = path.toString();
        return p.matches("archive\\[\\d+](\\.replies\\[\\d+])?\\.text") || p.matches("links\\[\\d+]\\.(link|text)");
    }

    private static Map<YamlPath, YScalar> scalars(ArchiveDocument doc) {
        Map<YamlPath, YScalar> out = new LinkedHashMap<>();
        Scalars.forEach(doc.root(), out::put);
        return out;
    }

    /** Every line the patch touches lies within a changed scalar's lines in the original. */
    private static void onlyChangedScalarLinesDiffer(ArchiveDocument doc, String text, List<YScalar> changed) {
        List<String> old = doc.text().lines().toList();
        for (AbstractDelta<String> d : DiffUtils.diff(old, text.lines().toList()).getDeltas()) {
            int first = d.getSource().getPosition();
            int last = first + Math.max(d.getSource().size(), 1) - 1;
            int from = d.getSource().size() == 0 ? Math.max(first - 1, 0) : first;
            for (int line = from; line <= last; line++) {
                int oneBased = line + 1;
                assertTrue(changed.stream().anyMatch(s -> doc.line(s.span().start()) <= oneBased
                                && oneBased <= doc.line(Math.max(s.span().start(), s.span().end() - 1))),
                        () -> "line " + oneBased + " changed outside a fixed value: " + old.get(Math.min(oneBased - 1, old.size() - 1)));
            }
        }
    }
}
