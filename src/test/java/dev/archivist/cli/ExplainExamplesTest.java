package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.explain.KindExplanation;
import dev.archivist.check.explain.KindExplanation.Fixing;
import dev.archivist.check.explain.KindExplanations;
import dev.archivist.cli.CommandLineTest.Run;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind's example in {@code kinds.md}, run through the real command line on a page of a
 * small site: the example shows the kind, and a fixable one is fixed exactly as its After says,
 * by {@code fix} for a safe kind and only by {@code fix --kinds KIND} for one on request. The
 * explanations cannot drift from what the engine does.
 */
class ExplainExamplesTest {
    @TempDir
    Path site;
    @TempDir
    Path backups;

    @BeforeEach
    void keepBackupsHere() {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, backups.toString());
    }

    @AfterEach
    void forgetBackups() {
        System.clearProperty(AtomicSave.BACKUPS_PROPERTY);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Kind.class)
    void theExampleShowsTheKindAndIsFixedAsItsTextSays(Kind kind) throws Exception {
        // the online kinds' examples are held to their text by OnlineCommandTest's servers
        org.junit.jupiter.api.Assumptions.assumeFalse(kind.online(), "found by the online check only");
        KindExplanation e = KindExplanations.of(kind);
        Path page = page(e.example());
        String before = Files.readString(page);
        Run check = CommandLineTest.run("check", "--json", "--kinds", kind.id(), page.toString());
        assertTrue(check.out().contains("\"kind\":\"" + kind.id() + "\""), kind + " not reported in its example: " + check);

        assertEquals(e.fixing() == Fixing.ON_REQUEST, kind.onRequest(), "Kind.onRequest() and the text disagree");
        Run plainFix = CommandLineTest.run("fix", page.toString());
        assertEquals(0, plainFix.exit(), plainFix.err());
        if (e.fixing() == Fixing.SAFE) {
            assertEquals(frontMatter(e.example().after()), Files.readString(page), "fix of the example");
        } else {
            assertEquals(before, Files.readString(page), "a plain fix must leave an example of " + e.fixing().label() + " alone");
            Run named = CommandLineTest.run("fix", "--kinds", kind.id(), page.toString());
            assertEquals(0, named.exit(), named.err());
            String expected = e.fixing() == Fixing.ON_REQUEST ? frontMatter(e.example().after()) : before;
            assertEquals(expected, Files.readString(page), "fix --kinds " + kind.id() + " of the example");
        }
        if (e.example().after() != null) {
            Run again = CommandLineTest.run("check", "--kinds", kind.id(), page.toString());
            assertEquals(0, again.exit(), "the After still shows " + kind.id() + ": " + again.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Kind.class, names = {"BROKEN", "REDIRECT", "ARCHIVED"})
    void anOnlineKindIsLeftToTheOnlineCheckAsItsTextSays(Kind kind) throws Exception {
        assertTrue(kind.online());
        KindExplanation e = KindExplanations.of(kind);
        assertTrue(e.paragraphs().stream().anyMatch(p -> p.contains("never reports this kind")), e.paragraphs().toString());
        assertEquals(e.fixing() == Fixing.ON_REQUEST, kind.onRequest(), "Kind.onRequest() and the text disagree");
        Run check = CommandLineTest.run("check", "--kinds", kind.id(), page(e.example()).toString());
        assertEquals(2, check.exit(), check.out());
        assertTrue(check.err().contains(kind.id() + " is found online: add --online"), check.err());
    }

    /** The example's page in a site with its people, holding the example's Before. */
    private Path page(KindExplanation.Example example) throws Exception {
        Files.createDirectories(site.resolve("_people"));
        for (Map.Entry<String, String> p : example.people().entrySet()) {
            Files.writeString(site.resolve("_people/" + p.getKey() + ".md"), "---\ntitle: " + p.getValue() + "\n---\n");
        }
        Path page = site.resolve(example.page());
        Files.createDirectories(page.getParent());
        Files.writeString(page, frontMatter(example.before()));
        assertFalse(example.before().isBlank());
        return page;
    }

    private static String frontMatter(String yaml) {
        return "---\n" + yaml + "---\n";
    }
}
