package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Large pages are checked with the families side by side and their fixes applied on all cores:
 * the results must be those of doing it one step at a time.
 */
class ParallelChecksTest {
    /** Over 1 MB with the faults of an export, so every parallel path is taken. */
    private static final ArchiveDocument BIG = ArchiveReader.read(null,
            dev.archivist.Training.page(3000).getBytes(StandardCharsets.UTF_8));

    @Test
    void familiesSideBySideFindWhatTheyFindOneAfterAnother() {
        assertTrue(BIG.parsed() && BIG.text().length() > 1 << 20);
        CheckContext context = CheckContext.of(BIG, null);
        List<Problem> oneByOne = new ArrayList<>();
        for (Check c : Checks.all()) {
            oneByOne.addAll(c.check(context));
        }
        oneByOne.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                .thenComparing(p -> p.kind().id()));
        List<Problem> together = Checks.run(context);
        assertEquals(oneByOne.size(), together.size());
        for (int i = 0; i < together.size(); i++) {
            Problem a = oneByOne.get(i);
            Problem b = together.get(i);
            assertEquals(List.of(a.kind(), a.path(), a.line(), a.column(), a.message()),
                    List.of(b.kind(), b.path(), b.line(), b.column(), b.message()), "problem " + i);
        }
    }

    @Test
    void editsAppliedOnAllCoresMakeTheTreeOfEditsAppliedInTurn() {
        List<Edit> edits = Checks.run(CheckContext.of(BIG, null)).stream().filter(Problem::safelyFixable)
                .map(p -> p.fix().edit()).filter(e -> !(e instanceof Edit.Reformat)).toList();
        assertTrue(edits.size() > 512, "enough edits for the parallel path: " + edits.size());
        YNode inTurn = BIG.root();
        for (Edit e : edits) {
            inTurn = e.apply(inTurn);
        }
        YNode expected = inTurn;
        YNode batch = EditBatch.apply(BIG.root(), edits);
        assertTrue(Trees.sameData(expected, batch), () -> "first difference at " + Trees.firstDifference(expected, batch,
                dev.archivist.model.YamlPath.ROOT));
    }
}
