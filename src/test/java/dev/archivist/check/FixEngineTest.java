package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.ArchiveReader;
import dev.archivist.io.TestPages;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix engine re-checks only changed values after its first round and applies one edit per
 * place and kind; it must reach the same tree as the plain way: every check, every edit, until
 * nothing changes.
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
