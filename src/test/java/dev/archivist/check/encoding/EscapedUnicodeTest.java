package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.check.FixEngine;
import dev.archivist.io.save.PageWriter;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Edit;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscapedUnicodeTest {

    private static List<Problem> escaped(ArchiveDocument doc) {
        return Pages.check(doc).stream().filter(p -> p.kind() == Kind.ESCAPED_UNICODE).toList();
    }

    @Test
    void escapedNonAsciiIsReportedOncePerScalarWithARestyle() {
        ArchiveDocument doc = Pages.page("name: \"Jos\\xE9\"\ntitle: \"It\\u2019s \\u201Cdone\\u201D \\U0001F642\"\n");
        List<Problem> found = escaped(doc);
        assertEquals(2, found.size(), found.toString());
        assertEquals("\\xE9", found.get(0).fix().before());
        assertEquals("é", found.get(0).fix().after());
        assertEquals(3, found.get(1).line());
        assertInstanceOf(Edit.Restyle.class, found.get(1).fix().edit());
        assertTrue(Kind.ESCAPED_UNICODE.onRequest());
    }

    @Test
    void surrogatePairsCountAsOneCharacter() {
        Problem p = escaped(Pages.page("title: \"hi \\uD83D\\uDE42\"\n")).get(0);
        assertEquals("\\uD83D\\uDE42", p.fix().before());
        assertEquals("🙂", p.fix().after());
    }

    @Test
    void escapesTheHouseStyleKeepsAndOtherStylesAreNotReported() {
        assertTrue(escaped(Pages.page("title: \"tab\\there, nbsp\\xA0, zwsp\\u200B, \\\\u2019, line\\n\"\n")).isEmpty());
        assertTrue(escaped(Pages.page("title: 'It\\u2019s'\nname: It\\u2019s\n")).isEmpty());
    }

    @Test
    void theRestyleWritesTheCharactersThemselves() throws Exception {
        ArchiveDocument doc = Pages.page("title: \"Caf\\xE9 \\U0001F642\"\nend: 2021-07-23 22:59:58\n");
        FixEngine.Result r = FixEngine.apply(CheckContext.of(doc, null), List.of(new EncodingCheck()),
                k -> k == Kind.ESCAPED_UNICODE);
        String text = PageWriter.patched(doc, r.root(), doc.body());
        assertEquals("---\ntitle: Café 🙂\nend: 2021-07-23 22:59:58\n---\n\nbody\n", text);
    }
}
