package dev.archivist.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transcript's operations on a hand-made episode, saved to a real file and compared with the
 * exact text expected: only the lines of what was edited change, and undo gives back every byte.
 */
class TranscriptEditsTest {
    /** Items: 0 a line before any section; 1 header; 2-4 lines; 5 header; 6-7 lines; 8 header; 9 line. */
    static final String EPISODE = """
            ---
            title: 'Episode: tests'
            season: 1
            transcript:
            - line: Before any section.
              who: Alexey
            - header: Introduction
            - line: Hello and welcome. Today we talk about data.
              sec: 5
              time: '0:05'
              who: Alexey
            - line: Thanks for having me.
              sec: 12
              time: '0:12'
              who: Ann
            - line: So, tell us about your career so far, and how you got into data
                science in the first place.
              sec: 15
              time: '0:15'
              who: Alexey
            - header: Career
            - line: I started in physics.
              sec: 3599
              time: '59:59'
              who: Ann
            - line: Then I moved to data.
              sec: 3600
              time: '1:00:00'
              who: Ann
            - header: Wrap-up
            - line: Thank you!
              sec: 3700
              time: '1:01:40'
              who: Alexey
            # the end
            ---
            Body text.
            """;
    static final String INTRO = "- header: Introduction\n";
    static final String HELLO = """
            - line: Hello and welcome. Today we talk about data.
              sec: 5
              time: '0:05'
              who: Alexey
            """;
    static final String CAREER = """
            - header: Career
            - line: I started in physics.
              sec: 3599
              time: '59:59'
              who: Ann
            - line: Then I moved to data.
              sec: 3600
              time: '1:00:00'
              who: Ann
            """;
    static final String WRAP_UP = """
            - header: Wrap-up
            - line: Thank you!
              sec: 3700
              time: '1:01:40'
              who: Alexey
            """;

    @TempDir
    Path dir;
    Path page;
    EditSession session;

    @BeforeEach
    void open() throws Exception {
        page = Files.writeString(dir.resolve("episode.md"), EPISODE, StandardCharsets.UTF_8);
        session = EditSession.open(ArchiveReader.read(page), null);
    }

    private static YamlPath at(int i) {
        return YamlPath.of("transcript", i);
    }

    /** Saves and returns the file's text. */
    private String saved() throws Exception {
        session.save();
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    /** The episode with one piece of text replaced (which must be there once). */
    private static String with(String from, String to) {
        assertEquals(EPISODE.indexOf(from), EPISODE.lastIndexOf(from), "once: " + from);
        assertTrue(EPISODE.contains(from), from);
        return EPISODE.replace(from, to);
    }

    /** One undo gives back the file's every byte, and a save with nothing to do keeps them. */
    private void undoGivesBackEveryByte() throws Exception {
        assertTrue(session.undo());
        assertEquals(EPISODE, saved());
        assertEquals(EPISODE, saved());
    }

    // the generic operations on transcript items

    @Test
    void setInsertDeleteAndMoveChangeOnlyTheLinesOfTheirItems() throws Exception {
        session.set(YamlPath.parse("transcript[3].line"), YScalar.str("yes: thanks # not a comment"));
        assertEquals(with("- line: Thanks for having me.", "- line: 'yes: thanks # not a comment'"), saved());
        undoGivesBackEveryByte();

        session.insert(at(2), YMapping.of(List.of(new YEntry(YScalar.str("line"), YScalar.str("Hi!")),
                new YEntry(YScalar.str("who"), YScalar.str("Ann")))));
        assertEquals(with(INTRO, INTRO + "- line: Hi!\n  who: Ann\n"), saved());
        undoGivesBackEveryByte();

        session.delete(at(5));
        assertEquals(with("- header: Career\n", ""), saved());
        undoGivesBackEveryByte();

        session.move(at(9), at(0));
        assertEquals(with("- line: Thank you!\n  sec: 3700\n  time: '1:01:40'\n  who: Alexey\n", "")
                .replace("transcript:\n", "transcript:\n- line: Thank you!\n  sec: 3700\n  time: '1:01:40'\n  who: Alexey\n"),
                saved());
        undoGivesBackEveryByte();
    }

    // split and join

    @Test
    void splitCutsALineAndItsSecondPartFollowsUnderTheSameSpeakerWithoutATime() throws Exception {
        assertTrue(session.splitLine(at(2), 18, null));
        assertEquals(with(HELLO, """
                - line: Hello and welcome.
                  sec: 5
                  time: '0:05'
                  who: Alexey
                - line: Today we talk about data.
                  who: Alexey
                """), saved());
        assertEquals("Split item 3 of the transcript", session.undoLabel());
        undoGivesBackEveryByte();
    }

    @Test
    void splitWithATimeGivesTheNewLineItsTimeAndSecondsInThePageKeyOrder() throws Exception {
        assertTrue(session.splitLine(at(4), 17, 17));
        assertEquals(with("""
                - line: So, tell us about your career so far, and how you got into data
                    science in the first place.
                  sec: 15
                """, """
                - line: So, tell us about
                  sec: 15
                """).replace("  who: Alexey\n- header: Career", """
                  who: Alexey
                - line: your career so far, and how you got into data science in the first place.
                  sec: 17
                  time: '0:17'
                  who: Alexey
                - header: Career"""), saved());
        undoGivesBackEveryByte();
    }

    @Test
    void splitAtTheStartAtTheEndOrAmongBlanksOnlyIsRefusedAndChangesNothing() throws Exception {
        int length = "Hello and welcome. Today we talk about data.".length();
        for (int offset : new int[] {0, length, -1, length + 1}) {
            InvalidEdit e = assertThrows(InvalidEdit.class, () -> session.splitLine(at(2), offset, null));
            assertTrue(e.getMessage().contains("empty line"), e.getMessage());
        }
        assertThrows(InvalidEdit.class, () -> session.splitLine(at(1), 3, null));
        assertThrows(InvalidEdit.class, () -> session.splitLine(YamlPath.parse("transcript[2].line"), 3, null));
        assertFalse(session.canUndo());
        assertEquals(EPISODE, saved());
    }

    @Test
    void joinAddsALineToTheOneBeforeWithOneSpaceKeepingItsTime() throws Exception {
        assertTrue(session.joinLine(at(7)));
        assertEquals(with(CAREER, """
                - header: Career
                - line: I started in physics. Then I moved to data.
                  sec: 3599
                  time: '59:59'
                  who: Ann
                """), saved());
        assertEquals("Join item 8 of the transcript to the line before", session.undoLabel());
        assertEquals(at(6), session.lastFocus());
        undoGivesBackEveryByte();
    }

    @Test
    void joinIsRefusedForTheFirstItemAfterAHeaderAcrossSpeakersAndOnAHeader() throws Exception {
        assertTrue(assertThrows(InvalidEdit.class, () -> session.joinLine(at(0))).getMessage().contains("first item"));
        assertTrue(assertThrows(InvalidEdit.class, () -> session.joinLine(at(2))).getMessage().contains("header"));
        String speakers = assertThrows(InvalidEdit.class, () -> session.joinLine(at(3))).getMessage();
        assertTrue(speakers.contains("Ann") && speakers.contains("Alexey"), speakers);
        assertThrows(InvalidEdit.class, () -> session.joinLine(at(5)));
        assertThrows(InvalidEdit.class, () -> session.joinLine(at(10)));
        assertFalse(session.canUndo());
    }

    @Test
    void splitThenJoinGivesBackTheFileAsItWasAndAcrossASaveRewritesOnlyThatLine() throws Exception {
        session.splitLine(at(4), 18, 20);
        session.joinLine(at(5));
        assertEquals(EPISODE, saved());
        session.splitLine(at(4), 18, 20);
        session.save();
        session.joinLine(at(5));
        // the first part was saved on one line: joined again, the text is written as one line
        assertEquals(with("""
                - line: So, tell us about your career so far, and how you got into data
                    science in the first place.
                """, """
                - line: So, tell us about your career so far, and how you got into data science in the first place.
                """), saved());
    }

    // moving lines

    @Test
    void linesMovedToASectionGoToItsEnd() throws Exception {
        assertTrue(session.moveLinesToSection(at(6), 2, at(1)));
        String lines = CAREER.substring("- header: Career\n".length());
        assertEquals(with(CAREER, "- header: Career\n").replace("- header: Career\n", lines + "- header: Career\n"),
                saved());
        assertEquals("Move 2 lines to section \u201cIntroduction\u201d", session.undoLabel());
        assertEquals(at(5), session.lastFocus());
        undoGivesBackEveryByte();
    }

    @Test
    void linesMovedBeforeALineGoRightBeforeIt() throws Exception {
        assertTrue(session.moveLines(at(9), 1, at(2)));
        String thanks = WRAP_UP.substring("- header: Wrap-up\n".length());
        assertEquals(with(WRAP_UP, "- header: Wrap-up\n").replace(HELLO, thanks + HELLO), saved());
        undoGivesBackEveryByte();
    }

    @Test
    void linesMovedToTheEndOfTheirOwnSectionMoveOnlyWhenTheyAreNotThereYet() throws Exception {
        assertFalse(session.moveLinesToSection(at(3), 2, at(1)));
        assertFalse(session.moveLines(at(3), 2, at(3)));
        assertFalse(session.canUndo());
        assertTrue(session.moveLinesToSection(at(2), 1, at(1)));
        assertEquals(with(HELLO, "").replace("- header: Career\n", HELLO + "- header: Career\n"), saved());
        assertThrows(InvalidEdit.class, () -> session.moveLines(at(2), 3, at(3)));
        assertThrows(InvalidEdit.class, () -> session.moveLines(at(4), 2, at(0)));
        assertThrows(InvalidEdit.class, () -> session.moveLinesToSection(at(2), 1, at(3)));
        assertThrows(InvalidEdit.class, () -> session.moveLines(at(2), 0, at(0)));
    }

    // sections

    @Test
    void aSectionAddedBeforeALineTakesTheLinesFromThereOn() throws Exception {
        assertTrue(session.addSection(at(3), "Guest: who?"));
        assertEquals(with("- line: Thanks for having me.", "- header: 'Guest: who?'\n- line: Thanks for having me."), saved());
        undoGivesBackEveryByte();
        assertTrue(session.addSection(at(10), "The end"));
        assertEquals(with(WRAP_UP, WRAP_UP + "- header: The end\n"), saved());
        assertThrows(InvalidEdit.class, () -> session.addSection(at(12), "Beyond"));
    }

    @Test
    void aSectionAddedToAPageWithoutATranscriptStartsOne() throws Exception {
        Files.writeString(page, "---\ntitle: T\n---\nBody\n");
        session = EditSession.open(ArchiveReader.read(page), null);
        assertTrue(session.addSection(at(0), "Start"));
        assertEquals("---\ntitle: T\ntranscript:\n- header: Start\n---\nBody\n", saved());
        assertThrows(InvalidEdit.class, () -> session.joinLine(at(0)));
    }

    @Test
    void aDeletedSectionTakesItsLinesWithIt() throws Exception {
        assertTrue(session.deleteSection(at(5)));
        assertEquals(with(CAREER, ""), saved());
        assertEquals("Delete section \u201cCareer\u201d", session.undoLabel());
        undoGivesBackEveryByte();
        assertThrows(InvalidEdit.class, () -> session.deleteSection(at(6)));
    }

    @Test
    void aSectionMovesWithItsLinesBeforeAnotherOrToTheEnd() throws Exception {
        assertTrue(session.moveSection(at(8), at(1)));
        assertEquals(with(WRAP_UP, "").replace(INTRO, WRAP_UP + INTRO), saved());
        assertEquals(at(1), session.lastFocus());
        undoGivesBackEveryByte();
        assertTrue(session.moveSection(at(5), null));
        assertEquals(with(CAREER, "").replace(WRAP_UP, WRAP_UP + CAREER), saved());
        assertEquals("Move section \u201cCareer\u201d", session.undoLabel());
    }

    @Test
    void aSectionMovedBeforeItselfOrItsNextStaysAndOneBeforeALineIsRefused() throws Exception {
        assertFalse(session.moveSection(at(5), at(5)));
        assertFalse(session.moveSection(at(5), at(8)));
        assertFalse(session.moveSection(at(8), null));
        assertThrows(InvalidEdit.class, () -> session.moveSection(at(5), at(2)));
        assertThrows(InvalidEdit.class, () -> session.moveSection(at(2), at(5)));
        assertFalse(session.canUndo());
    }

    // time and seconds

    @Test
    void settingATimeAcrossTheHourSetsItsSecondsInTheSameStep() throws Exception {
        assertTrue(session.setTime(at(6), "1:00:05"));
        assertTrue(session.setSeconds(at(7), 3599));
        assertEquals(with(CAREER, """
                - header: Career
                - line: I started in physics.
                  sec: 3605
                  time: '1:00:05'
                  who: Ann
                - line: Then I moved to data.
                  sec: 3599
                  time: '59:59'
                  who: Ann
                """), saved());
        assertEquals("Set the time of item 8 of the transcript", session.undoLabel());
        assertTrue(session.undo());
        assertTrue(session.undo());
        assertFalse(session.canUndo());
        assertEquals(EPISODE, saved());
    }

    @Test
    void aLineWithoutATimeGetsItsSecondsAndTimeInThePageKeyOrder() throws Exception {
        assertTrue(session.setTime(at(0), "75:00"));
        assertEquals(with("- line: Before any section.\n  who: Alexey\n",
                "- line: Before any section.\n  sec: 4500\n  time: '1:15:00'\n  who: Alexey\n"), saved());
        assertFalse(session.setSeconds(at(0), 4500));
        assertThrows(InvalidEdit.class, () -> session.setTime(at(1), "0:01"));
        assertThrows(InvalidEdit.class, () -> session.setTime(at(2), "1:60"));
        assertThrows(InvalidEdit.class, () -> session.setSeconds(at(2), -1));
    }

    @Test
    void aTimeWrittenPlainIsQuotedWhenSetSoItStaysAStringForPsych() throws Exception {
        Files.writeString(page, "---\ntranscript:\n- line: Hi.\n  sec: 5\n  time: 0:05\n  who: Ann\n---\n");
        session = EditSession.open(ArchiveReader.read(page), null);
        assertTrue(session.setSeconds(at(0), 7));
        assertEquals("---\ntranscript:\n- line: Hi.\n  sec: 7\n  time: '0:07'\n  who: Ann\n---\n", saved());
    }

    @Test
    void timesAreWrittenAsTheSiteWritesThem() {
        assertEquals("0:00", TranscriptTree.time(0));
        assertEquals("0:59", TranscriptTree.time(59));
        assertEquals("59:59", TranscriptTree.time(3599));
        assertEquals("1:00:00", TranscriptTree.time(3600));
        assertEquals("10:02:03", TranscriptTree.time(36123));
        assertEquals(3723, TranscriptTree.seconds("1:02:03"));
        assertEquals(63, TranscriptTree.seconds("01:03"));
        assertEquals(4500, TranscriptTree.seconds("75:00"));
        for (String bad : List.of("1:2", "1:60", "1:60:00", "1:5:00", "abc", "", "-1:00")) {
            assertThrows(InvalidEdit.class, () -> TranscriptTree.seconds(bad), bad);
        }
    }

    @Test
    void eachOperationIsOneUndoStepWithALabelAndUndoGivesBackEveryByte() throws Exception {
        List<Op> ops = List.of(new Op.Split(at(2), 18, 30), new Op.Join(at(7)),
                new Op.MoveLines(at(6), 2, at(8), null), new Op.MoveLines(at(2), 1, null, at(10)),
                new Op.AddSection(at(0), "Before"), new Op.DeleteSection(at(1)), new Op.MoveSection(at(1), at(8)),
                new Op.SetTime(at(9), 7200));
        for (Op op : ops) {
            open();
            assertTrue(op.apply(session), op.toString());
            assertFalse(session.undoLabel().isBlank());
            assertTrue(session.undo());
            assertFalse(session.canUndo(), op + " is one step");
            assertEquals(EPISODE, saved(), op.toString());
            assertTrue(session.redo());
            String done = saved();
            assertTrue(session.undo());
            assertEquals(EPISODE, saved(), op + " undone after a save");
            assertTrue(session.redo());
            assertEquals(done, saved(), op + " redone");
        }
    }

    @Test
    void anItemOutsideTheTranscriptOrAPageWithoutOneIsRefusedWithAReason() throws Exception {
        String outside = assertThrows(InvalidEdit.class, () -> session.joinLine(YamlPath.parse("archive[1]"))).getMessage();
        assertTrue(outside.contains("transcript[12]"), outside);
        Files.writeString(page, "---\ntitle: T\n---\n");
        session = EditSession.open(ArchiveReader.read(page), null);
        assertEquals("the page has no transcript", assertThrows(InvalidEdit.class, () -> session.joinLine(at(1))).getMessage());
    }
}
