package dev.archivist.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.BookArchive.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for plain texts gives exactly what the parser gives. */
class PlainTextTest {

    private final SiteMarkdown markdown = new SiteMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {
        "one line", "two\nlines", "a\n\nb", "a\n\n\n\nb", "a\n", "a\n\n", "\na", "\n\na\n\n",
        "  indented first\n   continuation\nend  ", "trailing two  \nspaces", "tab\tinside\nnext",
        "nbsp\u00A0at end\u00A0\n\u00A0nbsp start", "em\u2003space\u2003", "it's \"quoted\" -- yes... 'single'",
        "\"start\nof line\" and 'end'\n'", "x -- y --- z .... w", "emoji \uD83D\uDE42 caf\u00E9", "a\n  \nb",
        "url https://x.org/a?b=c:d", "colons: a:b", "hash # in the middle", "2021 was good", "100% sure",
        "ends with a quote\"", "'80s and 90's", "a\u2028b", "zero\u200Bwidth",
    })
    void plainTextRendersAsTheParserDoes(String text) {
        String fast = PlainText.render(text);
        assertNotNull(fast, "should count as plain: " + text);
        assertEquals(markdown.parsed(text, null), fast, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "*em*", "a_b", "[x](y)", "`c`", "<b>", "&amp;", "~~s~~", "a | b", "\\", "!x",
        "- item", "+ item", "1. item", "2) item", "# head", "x\n===", "    code", "\tcode", "a\rb", "> q",
    })
    void textWithSyntaxTakesTheParser(String text) {
        assertNull(PlainText.render(text), text);
    }

    @Test
    void everyPlainCorpusTextRendersAsTheParserDoes() throws IOException {
        String corpus = System.getProperty("archivist.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "_books")), "corpus not present");
        int plain = 0;
        try (Stream<Path> files = Files.list(Path.of(corpus, "_books"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                ArchiveDocument doc = ArchiveReader.read(file);
                if (doc.parsed()) {
                    plain += compare(doc.book().threads());
                }
            }
        }
        assertEquals(true, plain > 100, "plain texts compared: " + plain);
    }

    private int compare(List<Message> messages) {
        int plain = 0;
        for (Message m : messages) {
            String text = m.text();
            String fast = text == null || text.isBlank() ? null : PlainText.render(text);
            if (fast != null) {
                assertEquals(markdown.parsed(text, null), fast, text);
                plain++;
            }
            plain += compare(m.replies());
        }
        return plain;
    }
}
