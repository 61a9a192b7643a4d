package dev.archivist.gui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.TestChecks;
import dev.archivist.gui.threads.Place;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemCheckerTest {

    /** A page with enough threads for the incremental path, some with {@code &amp;}. */
    private static ArchiveDocument bigPage() {
        StringBuilder sb = new StringBuilder("---\ntitle: Big\narchive:\n");
        for (int i = 0; i < ProblemChecker.INCREMENTAL_FROM + 20; i++) {
            sb.append("- name: Person ").append(i).append("\n  text: text ").append(i)
                    .append(i % 7 == 0 ? " Q&amp;A" : "").append("\n  replies:\n  - name: Other\n    text: ")
                    .append(i % 5 == 0 ? "''" : "a reply").append('\n');
        }
        sb.append("---\nbody\n");
        return ArchiveReader.parse(null, SourceInfo.UTF8_LF, sb.toString());
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.kind() + " " + p.path() + " " + p.message()).sorted().toList();
    }

    @Test
    void anEditedThreadIsCheckedAloneAndGivesWhatAFullRunGives() {
        ArchiveDocument doc = bigPage();
        ProblemChecker.Result first = ProblemChecker.full(TestChecks.all(), doc, doc.root(), null);
        YMapping edited = (YMapping) Place.thread(14).path().key("text").replace(doc.root(), YScalar.str("fixed now"));
        edited = (YMapping) Place.reply(21, 0).path().key("text").replace(edited, YScalar.str("Q&amp;A again"));
        ProblemChecker.Result quick = ProblemChecker.update(TestChecks.all(), first, doc, edited, null);
        ProblemChecker.Result full = ProblemChecker.full(TestChecks.all(), doc, edited, null);
        assertTrue(quick.partial());
        assertEquals(keys(full.problems()), keys(quick.problems()));
    }

    @Test
    void aMovedFixStillFixesItsOwnPlace() {
        ArchiveDocument doc = bigPage();
        ProblemChecker.Result first = ProblemChecker.full(TestChecks.all(), doc, doc.root(), null);
        YMapping edited = (YMapping) Place.thread(70).path().key("name").replace(doc.root(), YScalar.str("Renamed"));
        ProblemChecker.Result quick = ProblemChecker.update(TestChecks.all(), first, doc, edited, null);
        Problem p = quick.problems().stream().filter(x -> x.path().equals(Place.thread(70).path().key("text")))
                .findFirst().orElseThrow();
        YMapping fixed = (YMapping) p.fix().edit().apply(edited);
        assertEquals("text 70 Q&A", dev.archivist.model.BookArchive.of(fixed).threads().get(70).text());
    }
}
