package dev.archivist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The About box's facts come from the build: the version is the pom's, and the libraries are the
 * resolved runtime dependencies, each with a licence from {@code licences.tsv}, no more, no less.
 */
class AboutTest {
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency><groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId>(?:<version>[^<]+</version>)?(<scope>test</scope>)?");

    @Test
    void theVersionIsThePoms() throws Exception {
        Matcher m = Pattern.compile("<artifactId>archivist</artifactId>\\s*<version>([^<]+)</version>").matcher(pom());
        assertTrue(m.find());
        assertEquals(m.group(1), About.version());
    }

    @Test
    void everyResolvedLibraryHasItsLicenceListedAndNothingElseIsListed() {
        assertEquals(new TreeSet<>(About.resolved().keySet()), new TreeSet<>(About.licences().keySet()),
                "licences.tsv must name exactly the libraries the build resolves (mvn dependency:list -DincludeScope=runtime)");
    }

    @Test
    void theResolvedListHoldsEveryDependencyThePomDeclares() throws Exception {
        List<String> declared = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(pom());
        while (m.find()) {
            if (m.group(3) == null) {
                declared.add(m.group(1) + ":" + m.group(2));
            }
        }
        assertTrue(declared.contains("org.yaml:snakeyaml") && declared.size() > 10, declared.toString());
        assertTrue(About.resolved().keySet().containsAll(declared), About.resolved().keySet().toString());
    }

    @Test
    void librariesOfOneNameAndVersionAreOneEntry() {
        About.Library javafx = About.libraries().stream().filter(l -> l.name().equals("JavaFX")).findFirst().orElseThrow();
        assertTrue(javafx.artifacts().containsAll(List.of("org.openjfx:javafx-base", "org.openjfx:javafx-controls")), javafx.toString());
        assertEquals("GPL-2.0 with Classpath Exception", javafx.licence());
        assertEquals(1, About.libraries().stream().filter(l -> l.name().equals("JavaFX")).count());
        assertTrue(About.libraries().stream().noneMatch(l -> l.licence().equals("not listed")));
    }

    private static String pom() throws Exception {
        return Files.readString(Path.of("pom.xml"));
    }
}
