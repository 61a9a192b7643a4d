package dev.archivist.render;

import static dev.archivist.render.HtmlAssertions.assertNothingLive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.BookArchive;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every real page of the corpus (../shared/corpus/site, when present) renders with the page's structure. */
class CorpusPagesTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void everyCorpusPageRendersWithItsStructure() throws IOException {
        String corpus = System.getProperty("archivist.corpus");
        assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "_books")), "corpus not present");
        Site site = Site.open(Path.of(corpus));
        int rendered = 0;
        for (Path file : pages(Path.of(corpus, "_books"))) {
            ArchiveDocument doc = ArchiveReader.read(file);
            if (!doc.parsed()) {
                continue; // a page that cannot be parsed (the site's template) opens as text
            }
            check(file, doc.book(), renderer.renderPage(doc.book(), doc.body(), site));
            rendered++;
        }
        assertTrue(rendered > 0, "no corpus page rendered");
    }

    @Test
    void projectSampleRendersWithAuthorsCoverAndCode() {
        Path file = Path.of("samples/book-of-the-week.md");
        assumeTrue(Files.isRegularFile(file), "samples not present");
        ArchiveDocument doc = ArchiveReader.read(file);
        Site site = Site.around(file).orElseThrow();
        String html = renderer.renderPage(doc.book(), doc.body(), site);
        check(file, doc.book(), html);
        assertTrue(html.contains("\">Mar\u00EDa N\u00FA\u00F1ez</a>, <span class=\"author unknown\">Tomasz Kowalski</span>"), html);
        assertTrue(html.contains("<img class=\"cover\" src=\"file:"), html);
        assertTrue(html.contains("The book of the week from 21 Mar 2022 to 25 Mar 2022"), html);
        assertTrue(html.contains("<pre><code># see https://jinja"), html);
    }

    private static void check(Path file, BookArchive book, String html) {
        String name = file.getFileName().toString();
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), name);
        assertEquals(1, count(html, "<h1>"), name);
        assertEquals(book.threads().size(), count(html, "<article class=\"thread\""), name);
        assertEquals(book.threads().size() + book.threads().stream().mapToInt(t -> t.replies().size()).sum(),
                count(html, "<p class=\"name\">"), name);
        assertEquals(count(html, "<div"), count(html, "</div>"), name + ": balanced divs");
        assertEquals(count(html, "<p>") + count(html, "<p class="), count(html, "</p>"), name + ": balanced paragraphs");
        assertFalse(html.contains("&lt;br /&gt;"), name);
        if (book.start() != null && book.start().matches("\\d{4}-\\d\\d-\\d\\d.*")) {
            assertTrue(html.contains("The book of the week from " + SiteDates.format(book.start())), name);
        }
        assertNothingLive(html);
    }

    private static List<Path> pages(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
