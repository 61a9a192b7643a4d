package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Scalars;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ArchiveWriter#patched} first takes the kept lines of folded values without reading each
 * back alone, since it reads the whole text back anyway. Whatever the edit, it must give what the
 * checked way gives: the same text when that reads back, a refusal when it does not, and never a
 * text that reads back as anything but the intended tree.
 */
class UncheckedKeptLinesTest {
    private static final String PAGE = """
            ---
            title: Folded replies
            archive:
            - name: Wendy Mak
              text: 'How would you timebox/plan a proof of concept type project where it''s
                harder to gauge how long things would take'
              replies:
              - name: Jesse Anderson
                text: If a project is that difficult and the team isn't experienced enough, I'm
                  looking for outside help. This outside help wouldn't be writing the code but
                  helping to gauge the difficulty relative to the team's skills. That would give
                  you a better idea of how long it would take.
              - name: Ann Example
                text: "Double quoted and folded, with an escape \\u2014 and a long line that PyYAML\\
                  \\ wrapped at eighty columns, the way the export writes every long reply in this\\
                  \\ archive."
            ---
            """;

    @Test
    void everyEditGivesWhatTheCheckedWayGives() throws Exception {
        ArchiveDocument doc = ArchiveReader.read(null, PAGE.getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.parsed(), String.valueOf(doc.error()));
        List<YamlPath> paths = new ArrayList<>();
        Scalars.forEachString(doc.root(), (p, s) -> {
            if (s.value().length() > 80) {
                paths.add(p);
            }
        });
        assertEquals(3, paths.size());
        String[] inserts = {"   ", "\u00A0", " \t", "  x", "\n", "\n\n", " \n", "\n ", " #", ": ", "\\", "\"", "'"};
        int differing = 0;
        int cases = 0;
        for (YamlPath path : paths) {
            YScalar s = (YScalar) path.find(doc.root()).orElseThrow();
            for (String insert : inserts) {
                for (int at = 40; at < s.value().length(); at += 7) {
                    String value = s.value().substring(0, at) + insert + s.value().substring(at);
                    YMapping intended = (YMapping) path.replace(doc.root(), s.withValue(value));
                    String unchecked = YamlPatcher.patch(doc, intended, doc.body(), false);
                    String checked = YamlPatcher.patch(doc, intended, doc.body(), true);
                    differing += unchecked.equals(checked) ? 0 : 1;
                    cases++;
                    String what = path + " at " + at + " inserting [" + insert + "]";
                    if (readsBack(doc, checked, intended)) {
                        assertEquals(checked, ArchiveWriter.patched(doc, intended, doc.body()), what);
                    } else if (readsBack(doc, unchecked, intended)) {
                        // a kept-lines text that reads back only in its place: taken, and verified
                        assertEquals(unchecked, ArchiveWriter.patched(doc, intended, doc.body()), what);
                    } else {
                        assertThrows(WriteRefused.class, () -> ArchiveWriter.patched(doc, intended, doc.body()), what);
                    }
                }
            }
        }
        assertTrue(cases > 300, "cases: " + cases);
        assertTrue(differing > 0, "no edit took the way back to the checked writing: the test no longer tests it");
    }

    private static boolean readsBack(ArchiveDocument doc, String text, YMapping intended) {
        try {
            ArchiveWriter.verify(doc, text, intended, doc.body());
            return true;
        } catch (WriteRefused e) {
            return false;
        }
    }
}
