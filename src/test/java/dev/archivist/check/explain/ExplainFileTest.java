package dev.archivist.check.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.explain.KindExplanation.Fixing;
import dev.archivist.model.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code kinds.md}: an explanation with an example for every kind, and a file out of shape refused with its line. */
class ExplainFileTest {

    @Test
    void everyKindHasASummaryAnExplanationAFixAndAnExample() {
        for (Kind k : Kind.values()) {
            KindExplanation e = KindExplanations.of(k);
            assertEquals(k, e.kind());
            assertTrue(e.summary().length() <= 72, k + ": the summary is one short line: " + e.summary());
            assertFalse(e.paragraphs().isEmpty(), k + " says what it means");
            assertTrue(e.fix().startsWith("Fix: " + e.fixing().label()), e.fix());
            assertFalse(e.example().before().isBlank(), k + " has an example");
            assertEquals(e.fixing() == Fixing.REPORTED, e.example().after() == null, k + ": After only for a fixable kind");
        }
        assertEquals(Kind.values().length, KindExplanations.all().size());
    }

    @Test
    void theTextHoldsEveryPartWrappedForATerminal() {
        KindExplanation e = KindExplanations.of(Kind.AUTHOR_ID);
        String text = e.text();
        assertTrue(text.startsWith("names.author-id: Authors not in _people\n\n" + e.summary() + "\n\n"), text);
        assertTrue(text.contains("\nFix: on request."), text);
        assertTrue(text.contains("Example on a book, _books/20220321-example.md, in a site where\n_people/ana-lima.md has the title \"Ana Lima\":"), text);
        assertTrue(text.contains("  Before:\n    authors:\n    - Ana Lima\n\n  After:\n    authors:\n    - ana-lima\n"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 78 || !l.strip().contains(" ")), text);
        assertTrue(KindExplanations.of(Kind.EMPTY_TEXT).text().contains("  Reported in:\n    archive:\n"));
    }

    @Test
    void aSectionIsReadWithItsPageItsPeopleAndItsIndentedExample() {
        Map<Kind, KindExplanation> read = KindExplanations.parse(List.of(
                "# Title, ignored", "", "## names.guest-id", "", "A summary", "of two lines.", "", "What it means.", "",
                "Fix: on request. Named only.", "", "Page: _podcast/e.md", "Person: ana-lima, Ana Lima", "", "Before:", "",
                "    guests:", "    - text: |", "        one", "", "        two", "", "After:", "", "    guests: []", ""));
        KindExplanation e = read.get(Kind.GUEST_ID);
        assertEquals("A summary of two lines.", e.summary());
        assertEquals(List.of("What it means."), e.paragraphs());
        assertEquals(Fixing.ON_REQUEST, e.fixing());
        assertEquals(new KindExplanation.Example("_podcast/e.md", Map.of("ana-lima", "Ana Lima"),
                "guests:\n- text: |\n    one\n\n    two\n", "guests: []\n"), e.example());
        assertEquals(1, read.size());
    }

    @Test
    void aFileOutOfShapeIsRefusedWithTheLineAtFault() {
        assertRefused("line 1: no kind is called links.nothing", "## links.nothing", "", "Sum.");
        assertRefused("line 7: 'Fix: safe'", "## links.broken", "", "Sum.", "", "Means.", "", "Fix: maybe.", "", "Before:", "",
                "    a: 1");
        assertRefused("links.broken: a fixable kind has Before and After", "## links.broken", "", "Sum.", "", "Means.", "",
                "Fix: reported only.", "", "Before:", "", "    a: 1", "", "After:", "", "    a: 2");
        assertRefused("line 9: Before: and an indented block expected", "## links.broken", "", "Sum.", "", "Means.", "",
                "Fix: reported only.", "", "Before:", "", "Not indented.");
        assertRefused("line 13: After: and an indented block expected", "## links.broken", "", "Sum.", "", "Means.", "",
                "Fix: reported only.", "", "Before:", "", "    a: 1", "", "A last word.");
        assertRefused("links.url-as-text: nothing may follow the example", "## links.url-as-text", "", "Sum.", "", "Means.", "",
                "Fix: safe.", "", "Before:", "", "    a: 1", "", "After:", "", "    a: 2", "", "A last word.");
        String[] section = {"## links.broken", "", "Sum.", "", "Means.", "", "Fix: reported only.", "", "Before:", "", "    a: 1"};
        String[] twice = java.util.stream.Stream.concat(List.of(section).stream(), List.of(section).stream()).toArray(String[]::new);
        assertRefused("line 12: a second section for links.broken", twice);
    }

    private static void assertRefused(String message, String... lines) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> KindExplanations.parse(List.of(lines)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void wrappingFillsLinesAndKeepsALongWordWhole() {
        String words = "word ".repeat(40).strip();
        assertTrue(KindExplanation.wrap(words).lines().allMatch(l -> l.length() <= 78));
        assertEquals(words, KindExplanation.wrap(words).replace('\n', ' '));
        String url = "https://example.org/" + "x".repeat(90);
        assertEquals("see\n" + url + "\nhere", KindExplanation.wrap("see " + url + " here"));
    }
}
