package dev.archivist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageKindTest {
    private static final YMapping EPISODE = YMapping.of(List.of(
            new YEntry(YScalar.str("title"), YScalar.str("t")), new YEntry(YScalar.str("season"), YScalar.str("2"))));

    @Test
    void theCollectionFolderDecides() {
        assertEquals(PageKind.BOOK, PageKind.of(Path.of("/site/_books/2021-a.md"), EPISODE));
        assertEquals(PageKind.PODCAST, PageKind.of(Path.of("/site/_podcast/s02e01.md"), null));
        assertEquals(PageKind.PERSON, PageKind.of(Path.of("/site/_people/jane.md"), null));
        assertEquals(PageKind.GENERIC, PageKind.of(Path.of("/site/_posts/2021-01-01-a.md"), null));
        assertEquals(PageKind.PODCAST, PageKind.of(Path.of("/site/_podcast/2022/s02e01.md"), null), "a subfolder of the collection");
    }

    @Test
    void outsideACollectionTheKeysDecide() {
        assertEquals(PageKind.PODCAST, PageKind.of(Path.of("/tmp/x/episode.md"), EPISODE));
        assertEquals(PageKind.BOOK, PageKind.of(Path.of("/tmp/x/page.md"), YMapping.of(List.of())));
        assertEquals(PageKind.BOOK, PageKind.of(null, null), "a page not saved yet, not read yet");
        assertNull(PageKind.collection(Path.of("/tmp/x/page.md")));
    }
}
