package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralEscapesTest {

    @Test
    void escapesWrittenAsTextAreReported() {
        List<Problem> found = Pages.check(Pages.page("archive:\n- name: Ann\n  text: I don\\u2019t know caf\\xe9\n")).stream()
                .filter(p -> p.kind() == Kind.LITERAL_ESCAPE).toList();
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("\\u2019"));
        assertTrue(found.get(0).message().contains("\\xe9"));
        assertNull(found.get(0).fix());
    }

    @Test
    void asciiEscapesCodeAndEscapedBackslashesAreNot() {
        for (String s : List.of("split on \\n and \\x41", "`print(\"\\u2019\")`", "a \\\\u2019 b")) {
            assertTrue(Pages.problems(s, Kind.LITERAL_ESCAPE).isEmpty(), s);
        }
    }

    @Test
    void aSingleQuotedNameIsCheckedToo() {
        assertEquals(1, Pages.check(Pages.page("title: 'Caf\\u00e9 talk'\n")).stream()
                .filter(p -> p.kind() == Kind.LITERAL_ESCAPE).count());
    }
}
