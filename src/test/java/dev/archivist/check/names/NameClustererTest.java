package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.site.NameAliases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameClustererTest {

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return out;
    }

    private static NameClusters cluster(Map<String, Integer> counts) {
        return NameClusterer.cluster(counts, Map.of(), List.of(), List.of());
    }

    @Test
    void accentsCaseSpacesAndASuffixAreOnePerson() {
        NameClusters c = cluster(counts("María Núñez", 9, "Maria Nunez", 2, "maría núñez", 1,
                "María Núñez (she/her)", 3, "María Núñez ", 1));
        NameCluster maria = c.of("María Núñez").orElseThrow();
        assertEquals(5, maria.spellings().size());
        assertEquals("María Núñez", maria.canonical());
        assertEquals(NameCluster.Source.MOST_USED, maria.source());
    }

    @Test
    void theCanonicalNameIsThePeopleTitleWhenThereIsOne() {
        NameClusters c = NameClusterer.cluster(counts("Serg Masís", 29), Map.of("sergmasis", "Serg Masis"),
                List.of(), List.of());
        NameCluster serg = c.of("Serg Masís").orElseThrow();
        assertEquals("Serg Masis", serg.canonical());
        assertEquals("sergmasis", serg.personId());
        assertEquals(0, serg.uses("Serg Masis"));
    }

    @Test
    void aSpellingWithASuffixIsNotPreferredEvenWhenMoreUsed() {
        NameClusters c = cluster(counts("Cathy Chen (she/her)", 10, "Cathy Chen", 1));
        assertEquals("Cathy Chen", c.of("Cathy Chen (she/her)").orElseThrow().canonical());
    }

    @Test
    void aShortGivenNameWithTheSameFamilyNameIsOnePerson() {
        NameClusters c = NameClusterer.cluster(counts("Mike Munn", 4), Map.of("michaelmunn", "Michael Munn"),
                List.of(), List.of());
        assertEquals("Michael Munn", c.of("Mike Munn").orElseThrow().canonical());
    }

    @Test
    void peopleWhoOnlyShareAFirstNameStayApart() {
        NameClusters c = cluster(counts("David Sweet", 20, "David Mertz", 22, "David Cox", 16, "Mike Munn", 1,
                "Mike Jones", 1, "Ondrej Kubera", 3, "Ondrej Bothe", 3, "Doug Gray", 3, "Doug Turnbull", 1));
        for (String name : List.of("David Sweet", "David Mertz", "David Cox", "Mike Munn", "Ondrej Kubera", "Doug Gray")) {
            assertEquals(1, c.of(name).orElseThrow().spellings().size(), name);
        }
    }

    @Test
    void aTypoOneEditAwayIsOnePerson() {
        NameClusters c = cluster(counts("Sebastian Raschka", 64, "Sebastian Rashka", 1));
        assertSame(c.of("Sebastian Raschka").orElseThrow(), c.of("Sebastian Rashka").orElseThrow());
    }

    @Test
    void twoPeoplePagesAreNeverMergedHoweverCloseTheirNames() {
        NameClusters c = NameClusterer.cluster(counts("Jon Smith", 1),
                Map.of("jonsmith", "Jon Smith", "jonsmyth", "Jon Smyth"), List.of(), List.of());
        assertNotSame(c.person("jonsmith").orElseThrow(), c.person("jonsmyth").orElseThrow());
    }

    @Test
    void theAliasFileDecidesTheNameAndItsSpellings() {
        NameAliases.Alias alias = new NameAliases.Alias("Gant Laborde", "gantlaborde", List.of("Gant", "GantLaborde"));
        NameClusters c = NameClusterer.cluster(counts("Gant", 36, "Gant Laborde", 1),
                Map.of("gantlaborde", "Gant Laborde"), List.of(alias), List.of());
        NameCluster gant = c.of("Gant").orElseThrow();
        assertEquals("Gant Laborde", gant.canonical());
        assertEquals(NameCluster.Source.ALIAS, gant.source());
        assertTrue(gant.decided().contains("Gant"));
        assertSame(gant, c.person("gantlaborde").orElseThrow());
    }

    @Test
    void aFirstNameAloneIsNotMergedAcrossTheSite() {
        NameClusters c = cluster(counts("Alex", 2, "Alex Petrov", 1, "Alex S", 2));
        assertEquals(1, c.of("Alex").orElseThrow().spellings().size());
    }
}
