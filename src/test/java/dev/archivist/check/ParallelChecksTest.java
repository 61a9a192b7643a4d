package dev.archivist.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.EditBatch;
import dev.archivist.model.Problem;
import dev.archivist.model.Trees;
import dev.archivist.model.YNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes of a large page applied in one batch make the tree of the same edits applied one at a time. */
class ParallelChecksTest {
    /** Over 1 MB with the faults of an export, so every parallel path is taken. */
    private static final ArchiveDocument BIG = ArchiveReader.read(null,
            dev.archivist.Training.page(3000).getBytes(StandardCharsets.UTF_8));

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
