package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditDeleteTest {
    private static final YMapping ROOT = YMapping.of(List.of(new YEntry(YScalar.str("t"),
            YSequence.of(List.of(YScalar.str("a"), YScalar.str("b"), YScalar.str("c"), YScalar.str("d"), YScalar.str("e"))))));

    @Test
    void deletionsInABatchKeepThePathsEveryEditWasFoundAt() {
        List<Edit> edits = List.of(new Edit.Delete(YamlPath.of("t", 1)), new Edit.TextEdit(YamlPath.of("t", 4), String::toUpperCase),
                new Edit.Delete(YamlPath.of("t", 3)), new Edit.Delete(YamlPath.of("t", 1)));
        assertEquals(Map.of("t", List.of("a", "c", "E")), EditBatch.apply(ROOT, edits).toData());
    }

    @Test
    void aDeleteOfNothingChangesNothing() {
        assertEquals(ROOT, new Edit.Delete(YamlPath.of("t", 9)).apply(ROOT));
        assertEquals(ROOT, new Edit.Delete(YamlPath.of("x")).apply(ROOT));
        assertEquals(Map.of(), new Edit.Delete(YamlPath.of("t")).apply(ROOT).toData());
    }
}
