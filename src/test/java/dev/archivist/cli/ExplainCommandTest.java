package dev.archivist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.explain.KindExplanations;
import dev.archivist.cli.CommandLineTest.Run;
import dev.archivist.model.Kind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code explain}: one kind's text, every kind or a group's as a list, and exit 2 with close matches for a wrong name. */
class ExplainCommandTest {

    @Test
    void explainOfAKindPrintsItsExplanation() {
        Run r = CommandLineTest.run("explain", "links.tracking-params");
        assertEquals(0, r.exit(), r.err());
        assertEquals(KindExplanations.of(Kind.TRACKING_PARAMS).text(), r.out());
        assertTrue(r.out().contains("  Before:\n    links:\n"), r.out());
    }

    @Test
    void explainAloneListsEveryKindOnceWithHowItIsFixedAndItsSummary() {
        Run r = CommandLineTest.run("explain");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.contains(".")).filter(l -> Kind.byId(l.split(" ")[0]).isPresent()).toList();
        assertEquals(Arrays.stream(Kind.values()).map(Kind::id).toList(), rows.stream().map(l -> l.split(" ")[0]).toList());
        assertTrue(r.out().contains("encoding.html-entity         safe           HTML entities such as `&amp;`"), r.out());
        assertTrue(r.out().contains("names.author-id              on request     "), r.out());
        assertTrue(r.out().contains("content.empty-text           reported only  A thread or reply with no text.\n"), r.out());
    }

    @Test
    void explainOfAGroupListsOnlyThatGroupsKinds() {
        Run r = CommandLineTest.run("explain", "clips");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("clips.offset-mismatch", "clips.order"), r.out().lines().map(l -> l.split(" ")[0]).toList());
    }

    @Test
    void anUnknownKindExitsTwoNamingTheCloseMatches() {
        Run r = CommandLineTest.run("explain", "links.brokn");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("archivist: no kind or group is called 'links.brokn'; did you mean links.broken? "
                + "(archivist explain lists them all)", r.err().strip());
        assertTrue(CommandLineTest.run("explain", "tracking").err().contains("did you mean links.tracking-params?"));
        assertTrue(CommandLineTest.run("explain", "enconding").err().contains("did you mean encoding?"));
    }

    @Test
    void aNameLikeNoKindSaysWhereTheListIs() {
        Run r = CommandLineTest.run("explain", "xyzzy");
        assertEquals(2, r.exit());
        assertEquals("archivist: no kind or group is called 'xyzzy' (archivist explain lists them all)", r.err().strip());
    }

    @Test
    void closeMatchesAreTheNearestFewFirst() {
        assertEquals(List.of("names.author-id"), ExplainCommand.closeMatches("author-ids"));
        assertEquals(List.of("links"), ExplainCommand.closeMatches("lines"));
        assertTrue(ExplainCommand.closeMatches("order").containsAll(List.of("clips.order", "transcript.order")));
    }

    @Test
    void explainRunsTheCommandLineNotTheEditor() {
        assertTrue(ArchivistCommand.COMMANDS.contains("explain"));
    }
}
