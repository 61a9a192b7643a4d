package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookalikeCharsTest {

    private static List<Problem> of(List<Problem> problems, Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }

    @Test
    void lookalikeHyphensBecomeTheHyphenOnEveryPage() {
        ArchiveDocument doc = Pages.page("title: \"Production\\u2011Ready, bi\\u2010weekly, 555\\u20121234\"\n");
        List<Problem> found = of(Pages.check(doc), Kind.LOOKALIKE_CHAR);
        assertEquals(1, found.size());
        Problem p = found.get(0);
        assertTrue(p.safelyFixable());
        assertTrue(p.message().contains("U+2011") && p.message().contains("U+2010") && p.message().contains("U+2012"), p.message());
        assertEquals("Production-Ready, bi-weekly, 555-1234", Pages.fixed(doc, p));
        assertEquals("Production-Ready", LookalikeChars.fix(LookalikeChars.fix("Production\u2011Ready")));
    }

    @Test
    void realDashesAndOtherCharactersStay() {
        ArchiveDocument doc = Pages.page("title: \"en \\u2013 em \\u2014 minus \\u2212 quote \\u2019\"\n");
        assertTrue(of(Pages.check(doc), Kind.LOOKALIKE_CHAR).isEmpty());
    }

    @Test
    void aNoBreakSpaceIsAnInvisibleCharOnly() {
        ArchiveDocument doc = Pages.page("title: \"two\\u00A0words\"\n");
        List<Problem> found = Pages.check(doc);
        assertEquals(1, of(found, Kind.INVISIBLE_CHAR).size());
        assertTrue(of(found, Kind.LOOKALIKE_CHAR).isEmpty());
    }

    @Test
    void inCodeToo() {
        // a pasted command with U+2011 does not run: code is where the hyphen matters most
        List<Problem> found = Pages.problems("run `pip install scikit\u2011learn`", Kind.LOOKALIKE_CHAR);
        assertEquals(1, found.size());
    }
}
