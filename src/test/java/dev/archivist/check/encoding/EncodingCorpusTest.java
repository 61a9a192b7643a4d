package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.check.FixEngine;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Scalars;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The encoding check and its fixes on every real page of ../shared/corpus/site (skipped when absent). */
class EncodingCorpusTest {
    private static final List<Check> CHECKS = List.of(new EncodingCheck());
    private static final Predicate<Kind> ENCODING = k -> "encoding".equals(k.group());
    private static List<Path> pages;

    @BeforeAll
    static void findTheCorpus() throws IOException {
        String corpus = System.getProperty("archivist.corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "_books")), "no corpus");
        try (Stream<Path> s = Files.list(Path.of(corpus, "_books"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void fixingEveryPageChangesOnlyTheLinesOfFixedValuesAndLeavesNothingToFix() throws Exception {
        int fixedPages = 0;
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed()) {
                continue;
            }
            FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, null), CHECKS, ENCODING);
            String text = PageWriter.patched(doc, r.root(), doc.body());
            ArchiveDocument again = ArchiveReader.parse(page, doc.source(), text);
            assertTrue(again.parsed(), page + ": " + again.error());
            onlyChangedValuesMoved(page, doc, again, r);
            for (Problem p : new EncodingCheck().check(CheckContext.of(again, null))) {
                if (p.safelyFixable()) {
                    fail(page + ": still fixable after fixing: " + p);
                }
            }
            FixEngine.Result second = FixEngine.apply(CheckContext.of(again, null), CHECKS, ENCODING);
            assertEquals(text, PageWriter.patched(again, second.root(), again.body()), page + ": not idempotent");
            fixedPages += r.changed() ? 1 : 0;
        }
        assertTrue(fixedPages > 40, "pages fixed: " + fixedPages);
    }

    @Test
    void decodingEntitiesNeverChangesARenderedText() {
        int decoded = 0;
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            List<String> texts = new ArrayList<>();
            Scalars.forEachString(doc.root(), (p, s) -> {
                if (ScalarText.isMarkdown(p) && s.value().contains("&")) {
                    texts.add(s.value());
                }
            });
            for (String t : texts) {
                String after = HtmlEntities.decode(t, true);
                if (!after.equals(t)) {
                    decoded++;
                    assertEquals(Pages.render(t), Pages.render(after), page + ": " + t);
                }
            }
        }
        assertTrue(decoded > 60, "texts decoded: " + decoded);
    }

    @Test
    void theKindsFoundOnTheCorpusAreTheExpectedOnes() {
        Map<Kind, Integer> counts = new java.util.EnumMap<>(Kind.class);
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (doc.parsed()) {
                new EncodingCheck().check(CheckContext.of(doc, null)).forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
            }
        }
        assertTrue(counts.getOrDefault(Kind.ESCAPED_UNICODE, 0) > 500, counts.toString());
        assertTrue(counts.getOrDefault(Kind.HTML_ENTITY, 0) > 60, counts.toString());
        assertTrue(counts.getOrDefault(Kind.EMOJI_SHORTCODE, 0) > 20, counts.toString());
        assertTrue(counts.getOrDefault(Kind.SLACK_BULLET, 0) >= 4, counts.toString());
        assertEquals(0, counts.getOrDefault(Kind.MOJIBAKE, 0), counts.toString());
    }

    /** Every differing line of the file lies within the original lines of a value the fixes changed. */
    private static void onlyChangedValuesMoved(Path page, ArchiveDocument before, ArchiveDocument after, FixEngine.Result r) {
        BitSet changed = new BitSet();
        List<YamlPath> paths = new ArrayList<>();
        Scalars.forEach(r.root(), (path, s) -> {
            if (s.span() == null) {
                paths.add(path);
            }
        });
        for (YamlPath path : paths) {
            YScalar old = (YScalar) path.find(before.root()).orElseThrow();
            int first = before.line(old.span().start()) - 1;
            int last = before.line(Math.max(old.span().start(), old.span().end() - 1)) - 1;
            changed.set(first, last + 1);
        }
        List<String> a = before.text().lines().toList();
        List<String> b = after.text().lines().toList();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int pos = d.getSource().getPosition();
            int size = d.getSource().size();
            boolean inside = size == 0 ? changed.get(Math.max(0, pos - 1)) || changed.get(pos)
                    : changed.nextClearBit(pos) >= pos + size;
            assertTrue(inside, page + ": a line outside the fixed values changed: " + d);
        }
    }
}
