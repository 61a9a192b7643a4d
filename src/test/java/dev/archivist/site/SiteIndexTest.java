package dev.archivist.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.save.UserCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site index in the user's cache folder: what it keeps, what it reads again, what it forgets. */
class SiteIndexTest {
    private static final Instant AN_HOUR_AGO = Instant.now().minus(1, ChronoUnit.HOURS);
    private static final Path CORPUS = Path.of(System.getProperty("archivist.corpus", "../shared/corpus/site"));

    @TempDir
    Path root;
    @TempDir
    Path cache;
    private String before;

    @BeforeEach
    void useATemporaryCacheFolder() {
        before = System.getProperty(UserCache.PROPERTY);
        System.setProperty(UserCache.PROPERTY, cache.toString());
    }

    @AfterEach
    void restoreTheCacheFolder() {
        if (before == null) {
            System.clearProperty(UserCache.PROPERTY);
        } else {
            System.setProperty(UserCache.PROPERTY, before);
        }
    }

    /** Writes a page and dates it an hour back, so the index keeps it. */
    private Path page(String path, String text, Instant modified) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static String archive(String name) {
        return "---\ntitle: x\narchive:\n- name: " + name + "\n  text: hi\n---\n";
    }

    private static String person(String title) {
        return "---\ntitle: " + title + "\n---\n";
    }

    @Test
    void anUnchangedPageIsNotReadAgainAChangedOneIsAndADeletedOneDropsOut() throws Exception {
        Path a = page("_books/a.md", archive("Ann Lee"), AN_HOUR_AGO);
        page("_books/b.md", archive("Bo Chen"), AN_HOUR_AGO);
        assertEquals(Map.of("Ann Lee", 1, "Bo Chen", 1), Site.open(root).names().counts());

        // same size, same time: the index answers without reading the page
        page("_books/a.md", archive("Ann Lea"), AN_HOUR_AGO);
        assertEquals(Map.of("Ann Lee", 1, "Bo Chen", 1), Site.open(root).names().counts());

        // another time: read again
        Files.setLastModifiedTime(a, FileTime.from(AN_HOUR_AGO.plusSeconds(1)));
        assertEquals(Map.of("Ann Lea", 1, "Bo Chen", 1), Site.open(root).names().counts());

        // another size, the same time: read again
        page("_books/a.md", archive("Ann Leeds"), AN_HOUR_AGO.plusSeconds(1));
        assertEquals(Map.of("Ann Leeds", 1, "Bo Chen", 1), Site.open(root).names().counts());

        // the same size and time, another file moved in its place (an editor's save, rsync, tar): read again
        Path other = page("_books/a.md.new", archive("Ann Leedz"), AN_HOUR_AGO.plusSeconds(1));
        Files.move(other, a, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(a, FileTime.from(AN_HOUR_AGO.plusSeconds(1)));
        assertEquals(Map.of("Ann Leedz", 1, "Bo Chen", 1), Site.open(root).names().counts());

        Files.delete(root.resolve("_books/b.md"));
        page("_podcast/c.md", archive("Cy Dee"), AN_HOUR_AGO);
        NameIndex names = Site.open(root).names();
        assertEquals(Map.of("Ann Leedz", 1, "Cy Dee", 1), names.counts());
        assertEquals(List.of(a, root.resolve("_podcast/c.md")), names.pages().stream().map(NameIndex.Page::path).toList());
    }

    @Test
    void peoplePagesAreKeptAndReadAgainTheSameWay() throws Exception {
        Path ann = page("_people/annlee.md", person("Ann Lee"), AN_HOUR_AGO);
        page("_people/bochen.md", person("Bo Chen"), AN_HOUR_AGO);
        assertEquals(List.of("annlee", "bochen"), List.copyOf(Site.open(root).people().keySet()));

        page("_people/annlee.md", person("Ann Lea"), AN_HOUR_AGO);
        assertEquals("Ann Lee", Site.open(root).person("annlee").orElseThrow().title());
        Files.setLastModifiedTime(ann, FileTime.from(AN_HOUR_AGO.plusSeconds(1)));
        assertEquals("Ann Lea", Site.open(root).person("annlee").orElseThrow().title());

        Files.delete(root.resolve("_people/bochen.md"));
        assertEquals(List.of("annlee"), List.copyOf(Site.open(root).people().keySet()));
    }

    @Test
    void aPageChangedJustBeforeTheScanIsReadAgainNextTime() throws Exception {
        // a second change within its clock's tick would keep its size and time: such a page is not kept
        Instant recent = Instant.now().plusSeconds(60);
        page("_books/a.md", archive("Ann Lee"), recent);
        assertEquals(Map.of("Ann Lee", 1), Site.open(root).names().counts());
        page("_books/a.md", archive("Ann Lea"), recent);
        assertEquals(Map.of("Ann Lea", 1), Site.open(root).names().counts());
    }

    @Test
    void aCorruptOrForeignCacheFileIsIgnoredAndWrittenAgain() throws Exception {
        page("_books/a.md", archive("Ann Lee"), AN_HOUR_AGO);
        page("_people/annlee.md", person("Ann Lee"), AN_HOUR_AGO);
        Site.open(root).names();
        Path file = onlyCacheFile();
        byte[] good = Files.readAllBytes(file);

        for (byte[] bad : List.of(new byte[0], "not an index".getBytes(), java.util.Arrays.copyOf(good, good.length - 3),
                foreignFormat(good), withAnotherRoot(good))) {
            Files.write(file, bad);
            Site site = Site.open(root);
            assertEquals(Map.of("Ann Lee", 1), site.names().counts());
            assertEquals("Ann Lee", site.person("annlee").orElseThrow().title());
            assertEquals(List.of(file), List.of(onlyCacheFile()));
            assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "the file is written again");
        }
    }

    private static byte[] foreignFormat(byte[] good) {
        byte[] out = good.clone();
        out[7] = 99;
        return out;
    }

    private static byte[] withAnotherRoot(byte[] good) {
        byte[] out = good.clone();
        out[11] = 0x7f; // the first byte of the root's path
        return out;
    }

    @Test
    void withoutAWritableCacheFolderThePagesAreReadEveryTime() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("a-file"), "x");
        System.setProperty(UserCache.PROPERTY, notAFolder.toString());
        page("_books/a.md", archive("Ann Lee"), AN_HOUR_AGO);
        assertEquals(Map.of("Ann Lee", 1), Site.open(root).names().counts());
        page("_books/a.md", archive("Ann Lea"), AN_HOUR_AGO);
        assertEquals(Map.of("Ann Lea", 1), Site.open(root).names().counts());
    }

    @Test
    void theIndexAnswersAsReadingEveryPageOfTheRealSite() throws Exception {
        Path site = Site.findRoot(CORPUS.resolve("_books")).orElseThrow();
        Site read = Site.open(site);
        NameIndex readNames = read.names();
        Path file = onlyCacheFile();
        Site kept = Site.open(site);
        assertEquals(read.people(), kept.people());
        assertEquals(List.copyOf(read.people().values()), List.copyOf(kept.people().values()));
        assertEquals(readNames.pages(), kept.names().pages());
        for (int i = 0; i < readNames.pages().size(); i++) {
            assertEquals(List.copyOf(readNames.pages().get(i).names().entrySet()),
                    List.copyOf(kept.names().pages().get(i).names().entrySet()), "names in the order met");
        }
        assertEquals(readNames.counts(), kept.names().counts());
        assertTrue(readNames.pages().size() > 40, "the books: " + readNames.pages().size());
        assertTrue(Files.size(file) > 1000);
    }

    private Path onlyCacheFile() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("sites"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
