package dev.archivist.gui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.archivist.check.Checks;
import dev.archivist.edit.Archive;
import dev.archivist.edit.PageState;
import dev.archivist.edit.TreeEdits;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemCheckerTest {
    private static final String PAGE = """
            ---
            title: t
            archive:
            - name: Ann
              text: first
            - name: Bob
              text: Q&amp;A
            ---
            """;

    @Test
    void problemsOfAnEditedPageHaveTheLinesOfTheTextASaveWouldWrite() {
        ArchiveDocument doc = ArchiveReader.parse(null, SourceInfo.UTF8_LF, PAGE);
        ProblemChecker.Result before = ProblemChecker.check(Checks.all(), PageState.of(doc), null);
        assertEquals(7, entity(before).line());
        YMapping twoMore = TreeEdits.insert(doc.root(), YamlPath.parse("archive[0]"), Archive.newThread());
        ProblemChecker.Result after = ProblemChecker.check(Checks.all(), PageState.of(doc).withRoot(twoMore), null);
        assertNull(after.refused());
        // the new thread takes three lines above it
        assertEquals(10, entity(after).line());
        assertEquals(YamlPath.parse("archive[2].text"), entity(after).path());
    }

    private static Problem entity(ProblemChecker.Result r) {
        List<Problem> found = r.problems().stream().filter(p -> p.kind() == Kind.HTML_ENTITY).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
