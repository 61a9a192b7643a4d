package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.site.NameAliases;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person who leaves out a middle initial or a middle name is still that person, when only one fits. */
class DroppedMiddleNameTest {

    @TempDir
    Path dir;

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return out;
    }

    private Map<String, String> checkPage(Map<String, String> people, String authors, String... posters) throws Exception {
        SiteFixture site = SiteFixture.with(dir, people);
        StringBuilder archive = new StringBuilder();
        for (String name : posters) {
            archive.append("- name: ").append(name).append("\n  text: Hello\n");
        }
        Path page = site.page("_books/a.md", authors, archive.toString());
        return NamesCheckTest.byName(NamesCheckTest.names(ArchiveReader.read(page), site.site()));
    }

    @Test
    void anAuthorWhoDropsTheirMiddleInitialOrNameIsReported() throws Exception {
        Map<String, String> found = checkPage(Map.of("ankur-patel", "Ankur A. Patel", "ravi-shah", "Ravi K Shah",
                "jane-doe", "Jane Mary Doe"), "[ankur-patel, ravi-shah, jane-doe]",
                "Ankur Patel", "Ravi Shah", "Jane Doe", "Ankur A. Patel");
        assertEquals(Map.of(
                "Ankur Patel", "names.author-mismatch -> Ankur A. Patel",
                "Ravi Shah", "names.author-mismatch -> Ravi K Shah",
                "Jane Doe", "names.author-mismatch -> Jane Mary Doe"), found);
    }

    @Test
    void aFirstNameAloneStillGoesToTheAuthorWithAMiddleInitial() throws Exception {
        Map<String, String> found = checkPage(Map.of("ankur-patel", "Ankur A. Patel"), "[ankur-patel]",
                "Ankur", "Ankur Patel");
        assertEquals(Map.of(
                "Ankur", "names.author-mismatch -> Ankur A. Patel",
                "Ankur Patel", "names.author-mismatch -> Ankur A. Patel"), found);
    }

    @Test
    void aShortNameThatFitsTwoPeopleWithDifferentMiddlesIsNobodys() throws Exception {
        Map<String, String> found = checkPage(Map.of("john-a-smith", "John A. Smith", "john-b-smith", "John B. Smith"),
                "[john-a-smith]", "John Smith", "John A. Smith", "John B. Smith");
        assertNull(found.get("John Smith"), found.toString());
        assertNull(found.get("John B. Smith"), found.toString());
    }

    @Test
    void aShortNameJoinsTheOneLongerSpellingThatFits() {
        NameClusters c = NameClusterer.cluster(counts("Jane Mary Doe", 5, "Jane Doe", 2, "Ankur A Patel", 3,
                "Ankur Patel", 1), Map.of(), List.of(), List.of());
        assertSame(c.of("Jane Mary Doe").orElseThrow(), c.of("Jane Doe").orElseThrow());
        assertEquals("Jane Mary Doe", c.of("Jane Doe").orElseThrow().canonical());
        assertSame(c.of("Ankur A Patel").orElseThrow(), c.of("Ankur Patel").orElseThrow());
    }

    @Test
    void differentMiddlesOnBothSidesStayApartAndTheShortNameJoinsNeither() {
        NameClusters c = NameClusterer.cluster(counts("Jane Mary Doe", 5, "Jane Ruth Doe", 4, "Jane Doe", 2,
                "John A. Smith", 3, "John B. Smith", 3, "John Smith", 1, "Ankur A. Patel", 1, "Ankur Anand Patel", 1,
                "Ankur Patel", 1), Map.of(), List.of(), List.of());
        for (String name : List.of("Jane Mary Doe", "Jane Ruth Doe", "Jane Doe", "John A. Smith", "John B. Smith",
                "John Smith", "Ankur A. Patel", "Ankur Anand Patel", "Ankur Patel")) {
            assertEquals(1, c.of(name).orElseThrow().spellings().size(), name);
        }
    }

    @Test
    void aShortNameWithAPageOfItsOwnIsAnotherPerson() {
        NameClusters c = NameClusterer.cluster(counts("Ankur Patel", 2),
                Map.of("ankur-a-patel", "Ankur A. Patel", "ankur-patel", "Ankur Patel"), List.of(), List.of());
        assertNotSame(c.person("ankur-a-patel").orElseThrow(), c.person("ankur-patel").orElseThrow());
        assertSame(c.person("ankur-patel").orElseThrow(), c.of("Ankur Patel").orElseThrow());
    }

    @Test
    void aShortNameDoesNotChainTwoMiddlesThroughATypo() {
        NameClusters c = NameClusterer.cluster(counts("Jonathan Smith", 1, "Jonathan Smyth", 1,
                "Jonathan A. Smith", 1, "Jonathan B. Smyth", 1), Map.of(), List.of(), List.of());
        assertNotSame(c.of("Jonathan A. Smith").orElseThrow(), c.of("Jonathan B. Smyth").orElseThrow());
    }

    @Test
    void theAliasFileStillDecidesOverADroppedMiddle() {
        NameAliases.Alias alias = new NameAliases.Alias("Jane Doe", null, List.of());
        NameClusters c = NameClusterer.cluster(counts("Jane Doe", 1, "Jane Mary Doe", 1),
                Map.of("jane-mary-doe", "Jane Mary Doe"), List.of(alias), List.of());
        assertNotSame(c.of("Jane Doe").orElseThrow(), c.of("Jane Mary Doe").orElseThrow());
    }
}
