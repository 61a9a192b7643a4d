package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.TestPages;
import dev.archivist.io.read.ArchiveReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed view of a book archive over the tree, and the generic walks over it. */
class BookArchiveTest {

    @Test
    void theSampleReadsAsABookWithThreadsAndReplies() {
        BookArchive book = TestPages.parsed(TestPages.SAMPLES.resolve("book-of-the-week.md")).book();
        assertEquals("Tidy Pipelines: Practical Data Engineering with Python", book.title());
        assertEquals(List.of("marianunez", "Tomasz Kowalski"), book.authors());
        assertEquals("2022-03-21 00:00:00", book.start());
        assertEquals(30, book.threads().size());
        assertEquals(62, book.threads().stream().mapToInt(t -> t.replies().size()).sum());
        BookArchive.Message reply = book.threads().get(0).replies().get(0);
        assertEquals("María Núñez", reply.name());
        assertEquals(YamlPath.parse("archive[0].replies[0]"), reply.path());
        assertTrue(book.threads().get(0).isThread() && !reply.isThread());
        assertEquals(5, book.links().size());
        assertEquals(null, book.links().get(2).text(), "a link with no text");
    }

    @Test
    void unknownKeysAreListedAndKeptInTheTree() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("edge/unknown-keys.md"));
        assertEquals(List.of("layout", "pinned", "tags", "seo"), doc.book().otherKeys());
        assertTrue(YamlPath.parse("seo.og.locale").find(doc.root()).isPresent());
    }

    @Test
    void forEachStringVisitsTextsInDocumentOrderAndSkipsOtherTypes() {
        ArchiveDocument doc = ArchiveReader.read(TestPages.SAMPLES.resolve("edge/quoted-types.md"));
        List<String> paths = new ArrayList<>();
        Scalars.forEachString(doc.root(), (p, s) -> paths.add(p.toString()));
        assertTrue(!paths.contains("start") && !paths.contains("published"), "timestamps and booleans are not strings");
        assertTrue(paths.indexOf("title") < paths.indexOf("archive[0].text"));
        assertTrue(paths.contains("archive[0].replies[0].text"), "'yes' quoted is a string");
        assertTrue(paths.contains("archive[2].replies[2].text"), "\"null\" quoted is a string");
    }

    @Test
    void kindsHaveUniqueIdsAndSelectByGroup() {
        assertEquals(Kind.values().length, java.util.Arrays.stream(Kind.values()).map(Kind::id).distinct().count());
        assertTrue(Kind.select(List.of("encoding")).containsAll(List.of(Kind.ESCAPED_UNICODE, Kind.MOJIBAKE)));
        assertEquals(List.of(Kind.BROKEN), Kind.select(List.of("links.broken")));
        assertTrue(Kind.select(List.of("encod")).isEmpty(), "a prefix is a whole group, not any prefix");
        assertEquals(Kind.FORMAT_STYLE, Kind.byId("format.style").orElseThrow());
    }
}
