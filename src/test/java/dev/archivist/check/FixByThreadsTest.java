package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.Training;
import dev.archivist.io.ArchiveReader;
import dev.archivist.io.TestPages;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A long archive is fixed in chunks of threads on all cores: the tree, and every fix applied
 * with its place, must be those of fixing the whole page round by round.
 */
class FixByThreadsTest {
    private static final List<List<String>> SELECTIONS = List.of(List.of(), List.of("encoding", "links"),
            List.of("links.tracking-params"), List.of("encoding.html-entity", "links.slack-markup"),
            List.of("encoding.escaped-unicode"));

    @Test
    void aGeneratedArchiveIsFixedAlikeInChunksAndWhole() {
        ArchiveDocument doc = ArchiveReader.read(null, Training.page(700).getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.parsed());
        for (List<String> kinds : SELECTIONS) {
            for (int chunk : List.of(1, 7, 64, 1000)) {
                sameFix(CheckContext.of(doc, null), kinds, chunk, "generated " + kinds + " chunk " + chunk);
            }
        }
    }

    @Test
    void aLongArchiveTakesTheChunkedWayAndEndsWhereTheRoundsEnd() {
        ArchiveDocument doc = ArchiveReader.read(null, Training.page(300).getBytes(StandardCharsets.UTF_8));
        CheckContext context = CheckContext.of(doc, null);
        Predicate<Kind> kinds = FixEngine.selection(List.of());
        FixEngine.Result viaApply = FixEngine.apply(context, Checks.all(), kinds);
        FixEngine.Result rounds = FixEngine.rounds(context, FixEngine.relevant(Checks.all(), kinds), kinds, true);
        assertTrue(viaApply.changed());
        assertTrue(Trees.sameData(rounds.root(), viaApply.root()));
        assertEquals(places(rounds.applied()), places(viaApply.applied()));
    }

    /** A fix that only counts checks without places or previews: it must still make the same edits. */
    @Test
    void aFixThatOnlyCountsMakesTheSameTreeAndCountsWhatTheOtherKeeps() {
        for (int threads : List.of(3, 300)) {
            ArchiveDocument doc = ArchiveReader.read(null, Training.page(threads).getBytes(StandardCharsets.UTF_8));
            assertTrue(countsAlike(CheckContext.of(doc, null)), threads + " threads");
        }
        countsAlikeOn(TestPages.samplePages());
    }

    @Test
    void aFixThatOnlyCountsMakesTheSameTreeOnTheCorpus() {
        countsAlikeOn(TestPages.corpusPages());
    }

    private static void countsAlikeOn(List<Path> pages) {
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (doc.parsed()) {
                countsAlike(CheckContext.of(doc, Site.around(page).orElse(null)));
            }
        }
    }

    /** Asserts that the counting fix makes the kept fix's tree and counts; true when it changed something. */
    private static boolean countsAlike(CheckContext context) {
        Predicate<Kind> kinds = FixEngine.selection(List.of());
        FixEngine.Result kept = FixEngine.apply(context, Checks.all(), kinds);
        FixEngine.Tally counted = FixEngine.applyCounting(context, Checks.all(), kinds);
        String page = String.valueOf(context.document().path());
        assertTrue(Trees.sameData(kept.root(), counted.root()), page);
        assertEquals(kept.reformat(), counted.reformat(), page);
        assertEquals(kept.applied().size(), counted.count(), page);
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        kept.applied().forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        assertEquals(byKind, counted.byKind(), page);
        return counted.changed();
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsFixedAlikeInChunksAndWhole() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        pages.addAll(TestPages.corpusPages());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed() || !(doc.root().get("archive").orElse(null) instanceof YSequence)) {
                return;
            }
            CheckContext context = CheckContext.of(doc, Site.around(page).orElse(null));
            for (List<String> kinds : SELECTIONS.subList(0, 2)) {
                sameFix(context, kinds, 3, page + " " + kinds);
            }
        }));
    }

    private static void sameFix(CheckContext context, List<String> kinds, int chunk, String what) {
        Predicate<Kind> selected = FixEngine.selection(kinds);
        List<Check> relevant = FixEngine.relevant(Checks.all(), selected);
        assertTrue(relevant.stream().allMatch(Check::perValue), what);
        FixEngine.Result whole = FixEngine.rounds(context, relevant, selected, true);
        FixEngine.Result chunked = FixEngine.byThreads(context, relevant, selected, chunk);
        assertEquals(whole.changed(), chunked.changed(), what);
        assertTrue(Trees.sameData(whole.root(), chunked.root()),
                () -> what + ": first difference at " + Trees.firstDifference(whole.root(), chunked.root(), YamlPath.ROOT));
        assertEquals(places(whole.applied()), places(chunked.applied()), what);
        if (!chunked.changed()) {
            assertTrue(chunked.root() == context.root(), what + ": nothing fixed, the very same tree");
        }
    }

    /** Each applied fix with its kind, place, line, message and the place its edit changes, in one order. */
    private static List<String> places(List<Problem> applied) {
        return applied.stream().map(p -> p.kind().id() + " " + p.path() + " " + p.line() + ":" + p.column() + " "
                        + p.message() + " -> " + p.fix().edit().path())
                .sorted(Comparator.naturalOrder()).toList();
    }
}
