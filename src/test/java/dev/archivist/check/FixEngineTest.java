package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YSequence;
import dev.archivist.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix engine applies one edit per place and kind each round; it must reach the same tree as
 * applying every edit of every check until nothing changes.
 */
class FixEngineTest {

    @TestFactory
    Stream<DynamicTest> fixingReachesTheSameTreeAsCheckingEverythingEveryRound() {
        List<Path> pages = new ArrayList<>(TestPages.samplePages());
        pages.addAll(TestPages.corpusPages());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (!doc.parsed()) {
                return;
            }
            CheckContext context = CheckContext.of(doc, Site.around(page).orElse(null));
            for (List<String> kinds : List.of(List.<String>of(), List.of("encoding", "links"))) {
                Predicate<Kind> selected = FixEngine.selection(kinds);
                YMapping engine = FixEngine.apply(context, Checks.all(), selected).root();
                YMapping plain = plainFix(context, selected);
                assertTrue(Trees.sameData(plain, engine), page + " " + kinds);
            }
        }));
    }

    /**
     * A fix can reveal a problem its round did not see: without its tracking parameter the link
     * shows its own URL, which only the next round writes as an autolink.
     */
    @Test
    void theRoundAfterAFixFindsWhatTheFixRevealed() {
        ArchiveDocument doc = ArchiveReader.read(null, """
                ---
                title: T
                archive:
                - name: Ann
                  text: see [https://x.org](https://x.org?utm_source=a) here
                ---
                """.getBytes(StandardCharsets.UTF_8));
        CheckContext context = CheckContext.of(doc, null);
        assertTrue(Checks.run(context).stream().noneMatch(p -> p.kind() == Kind.URL_AS_TEXT), "not there before the fix");
        FixEngine.Result fixed = FixEngine.apply(context, Checks.all(), FixEngine.selection(List.of()));
        assertEquals("see <https://x.org> here", fixed.root().get("archive").map(a -> ((YSequence) a).get(0))
                .map(t -> ((YMapping) t).text("text")).orElse(null));
        assertEquals(List.of(Kind.TRACKING_PARAMS, Kind.URL_AS_TEXT), fixed.applied().stream().map(Problem::kind).toList());
    }

    private static YMapping plainFix(CheckContext context, Predicate<Kind> selected) {
        YMapping root = context.root();
        for (int round = 0; round < 10; round++) {
            List<Edit> edits = new ArrayList<>();
            for (Problem p : Checks.run(new CheckContext(context.document(), root, context.site()))) {
                if (p.safelyFixable() && selected.test(p.kind()) && !(p.fix().edit() instanceof Edit.Reformat)) {
                    edits.add(p.fix().edit());
                }
            }
            YNode next = EditBatch.apply(root, edits);
            if (Trees.sameData(next, root)) {
                return root;
            }
            root = (YMapping) next;
        }
        assertEquals(-1, 10, "the plain fix did not settle");
        return root;
    }
}
