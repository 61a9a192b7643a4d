package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.site.NameIndex;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The names check on the real pages of ../shared/corpus/site (skipped when the corpus is absent). */
class NamesCorpusTest {
    private static Site site;
    private static List<Problem> all;
    private static List<String> mismatches;

    @BeforeAll
    static void checkTheCorpus() {
        String corpus = System.getProperty("archivist.corpus");
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "_books")), "no corpus");
        site = Site.open(Path.of(corpus));
        all = new ArrayList<>();
        mismatches = new ArrayList<>();
        for (NameIndex.Page page : site.names().pages()) {
            for (Problem p : new NamesCheck().check(CheckContext.of(ArchiveReader.read(page.path()), site))) {
                all.add(p);
                if (p.kind() == Kind.AUTHOR_MISMATCH && p.where().endsWith(".name")) {
                    mismatches.add(p.fix().before() + " -> " + p.fix().after() + (p.fix().safe() ? " (safe)" : ""));
                }
            }
        }
    }

    @Test
    void theAuthorMismatchesAreFoundAndNothingElse() {
        assertEquals(new TreeSet<>(List.of(
                "Serg Masís -> Serg Masis (safe)",                          // an accent
                "Savas Yıldırım -> Savaş Yıldırım (safe)",                  // an accent
                "Meysam Asgari-chenaghlu -> Meysam Asgari-Chenaghlu (safe)", // a case
                "Doug Gray -> Douglas Gray",                                // a short given name (id douglasgray, no page)
                "swyx -> Shawn Swyx Wang",                                  // a handle (the id swyx)
                "Gant -> Gant Laborde")),                                   // a first name alone
                new TreeSet<>(mismatches));
    }

    @Test
    void aSuffixWithAHandleIsReadAsTheName() {
        NameParts edwin = NameParts.of("Edwin Chuy (edchuy)");
        assertEquals("Edwin Chuy", edwin.base());
        assertEquals("edchuy", edwin.suffix());
    }

    @Test
    void noClusterJoinsPeopleWhoOnlyShareAFirstName() {
        NameClusters clusters = NameClusterer.cluster(site.names().counts(), NamesCheck.titles(site), List.of(), List.of());
        for (NameCluster c : clusters.all()) {
            assertOnlyNearFamilyNames(c.spellings());
        }
        for (Problem p : all) {
            if (p.fix() != null && p.fix().after() != null && p.kind() != Kind.AUTHOR_ID) {
                assertOnlyNearFamilyNames(List.of(p.fix().before(), p.fix().after()));
            }
        }
        for (String[] two : new String[][] {{"David Sweet", "David Mertz"}, {"David Mertz", "David Cox"},
                {"Emmanuel Raj", "Emmanuel Ameisen"}, {"Denis Lepchev", "Denis Volk"}, {"Doug Gray", "Doug Turnbull"},
                {"Tim Becker", "Tim Makhambetov"}, {"Ondrej Kubera", "Ondrej Bothe"}, {"Alex Petrov", "Alexey Grigorev"}}) {
            assertNotSame(clusters.of(two[0]).orElseThrow(), clusters.of(two[1]).orElseThrow(), two[0] + " / " + two[1]);
        }
    }

    @Test
    void aFirstNameAloneJoinsOnlyItsOwnPagesAuthor() {
        Set<String> lone = new TreeSet<>();
        for (Problem p : all) {
            if (p.where().endsWith(".name") && NameParts.of(p.fix().before()).single()) {
                lone.add(p.fix().before() + " -> " + p.fix().after());
            }
        }
        assertEquals(Set.of("Gant -> Gant Laborde", "swyx -> Shawn Swyx Wang"), lone);
    }

    /** Full names in one group that share a first name must have near family names (a typo), never two people. */
    private static void assertOnlyNearFamilyNames(List<String> spellings) {
        LevenshteinDistance edits = new LevenshteinDistance();
        for (String a : spellings) {
            for (String b : spellings) {
                NameParts x = NameParts.of(a);
                NameParts y = NameParts.of(b);
                if (x.full() && y.full() && x.first().equals(y.first())) {
                    int d = edits.apply(String.join("", x.rest()), String.join("", y.rest()));
                    assertTrue(d <= 2, "'" + a + "' and '" + b + "' share only a first name but were joined");
                }
            }
        }
    }
}
