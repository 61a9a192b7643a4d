package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * What a UTF-8 text looks like once read as Windows-1252, the way browsers and Python's
     * sloppy decoders do it: the five bytes cp1252 leaves undefined become C1 controls.
     */
    private static String broken(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, CP1252);
            sb.append("\uFFFD".equals(c) ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    @Test
    void utf8ReadAsWindows1252IsRestored() {
        assertEquals("CafÃ©", broken("Café"));
        assertEquals("Café crème", Mojibake.fix("CafÃ© crÃ¨me"));
        assertEquals("don’t “quote” – dash…", Mojibake.fix(broken("don’t “quote” – dash…")));
        assertEquals("Grüße aus Köln", Mojibake.fix(broken("Grüße aus Köln")));
        assertEquals("so funny 😀", Mojibake.fix(broken("so funny 😀")));
    }

    @Test
    void latin1ControlsAndTwoLayersAreRestored() {
        String latin1 = new String("it’s".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("it’s", Mojibake.fix(latin1));
        assertEquals("it’s", Mojibake.fix(broken(broken("it’s"))));
    }

    @Test
    void correctTextIsLeftAlone() {
        for (String s : List.of("Zoë Müller", "naïve café résumé", "SÃO PAULO", "Łukasz Wójcik", "Ãgua é vida",
                "½ cup, 3×4, °C", "Ελληνικά and Русский", "« guillemets »")) {
            assertEquals(s, Mojibake.fix(s), s);
            assertTrue(Pages.problems(s, Kind.MOJIBAKE).isEmpty(), s);
        }
    }

    @Test
    void aLonePairWithNoWordAroundIsOnlyReported() {
        assertEquals("3Ã—4", Mojibake.fix("3Ã—4"));
        assertEquals("Â½", Mojibake.fix("Â½"));
        List<Problem> found = Pages.problems("Â½", Kind.MOJIBAKE);
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void theCheckOffersTheRestoredText() {
        Problem p = Pages.problems("Thanks JosÃ© for the talk", Kind.MOJIBAKE).get(0);
        assertTrue(p.safelyFixable());
        assertEquals("Thanks JosÃ© for the talk", p.fix().before());
        assertEquals("Thanks José for the talk", p.fix().after());
    }

    @Test
    void fixingIsIdempotent() {
        for (String s : List.of("CafÃ©", broken(broken("it’s")), "3Ã—4", "plain")) {
            assertEquals(Mojibake.fix(s), Mojibake.fix(Mojibake.fix(s)), s);
        }
    }
}
