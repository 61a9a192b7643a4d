package dev.archivist.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ParseError;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A YAML error is told at its likely cause, in plain words, not only where the parser noticed it. */
class YamlErrorCauseTest {
    @TempDir
    Path dir;

    private ParseError errorOf(String frontMatter) throws Exception {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "---\n" + frontMatter + "---\n\nBody.\n");
        ParseError e = ArchiveReader.read(page).error();
        assertTrue(e != null, "the page parsed");
        return e;
    }

    @Test
    void aQuoteNeverClosedIsToldWhereItOpened() throws Exception {
        ParseError e = errorOf("""
                title: Broken
                archive:
                - name: Ana
                  text: Fine.
                - name: Bo
                  text: "Where does this text end?
                  replies:
                  - name: Cem
                    text: Somewhere.
                  - name: Dana
                    text: "It never does."
                - name: Eli
                  text: Fine too.
                """);
        assertEquals(7, e.line(), e.toString());
        assertEquals(9, e.column(), e.toString());
        assertTrue(e.message().startsWith("the quote opened on line 7 is never closed"), e.message());
    }

    @Test
    void aTabUsedForIndentationIsNamed() throws Exception {
        ParseError e = errorOf("title: Tabs\narchive:\n- name: Ana\n  text: Fine.\n  replies:\n  - name: Bo\n\ttext: A tab.\n");
        assertEquals(8, e.line(), e.toString());
        assertTrue(e.message().startsWith("line 8 is indented with a tab; YAML needs spaces"), e.message());
    }

    @Test
    void aKeyWithoutASpaceAfterItsColonIsNamed() throws Exception {
        ParseError e = errorOf("""
                title: No space
                description:Book of the week
                start: 2022-06-13 00:00:00
                authors: [ana]
                """);
        assertEquals(3, e.line(), e.toString());
        assertTrue(e.message().startsWith("line 3: `description:Book of the week` needs a space after the colon"), e.message());
    }

    @Test
    void anErrorWithNoRecognisableCauseKeepsTheParsersOwnLine() throws Exception {
        ParseError e = errorOf("""
                title: "Quoted: fine"
                links: see http://example.com
                description: x
                  bad: indent
                """);
        assertEquals(5, e.line(), e.toString());
        assertTrue(e.message().contains("mapping values are not allowed here"), e.message());
    }

    @Test
    void quotesThatCloseOnALaterLineAreNotBlamed() throws Exception {
        ParseError e = errorOf("""
                title: 'It''s fine'
                archive:
                - name: Ana
                  text: "Hi everyone, this text runs\\
                    \\ on to the next line as PyYAML writes it."
                  replies:
                  - name: Bo
                    text: 'Single quotes
                      may run on too.'
                - name: Cem
                  text: x
                    bad: indent
                """);
        assertEquals(13, e.line(), e.toString());
        assertTrue(e.message().startsWith("mapping values are not allowed here"), e.message());
    }

    @Test
    void aBadEscapeInsideAQuoteThatDoesCloseKeepsTheParsersLine() throws Exception {
        ParseError e = errorOf("title: \"one\n  two \\q three\n  four\"\ndescription: x\n");
        assertEquals(3, e.line(), e.toString());
        assertTrue(e.message().contains("escape"), e.message());
    }

    @Test
    void aLongLineOfKeysIsLookedThroughQuickly() throws Exception {
        String keys = "a: ".repeat(200_000);
        ParseError e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> errorOf("title: x\nb: " + keys + "\n"));
        assertEquals(3, e.line(), e.toString());
    }
}
