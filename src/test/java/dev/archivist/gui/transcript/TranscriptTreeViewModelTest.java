package dev.archivist.gui.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.EpisodeSample;
import dev.archivist.gui.LineDiff;
import dev.archivist.gui.VmFixture;
import dev.archivist.gui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptTreeViewModelTest {
    @TempDir
    Path dir;
    MainViewModel main;
    TranscriptTreeViewModel tree;
    TranscriptLineViewModel line;
    Path page;

    @BeforeEach
    void open() throws Exception {
        main = VmFixture.main(dir);
        tree = main.transcript();
        line = main.transcriptLine();
        page = EpisodeSample.site(dir.resolve("site"));
        main.files().open(page);
    }

    private List<String> shape() {
        return tree.rows().stream().map(r -> r.isHeader() ? "# " + r.field("header") : r.field("who") + ": " + r.preview()).toList();
    }

    private List<Integer> savedChanges() throws Exception {
        String before = Files.readString(page);
        main.files().save(null);
        return LineDiff.changedLines(before, Files.readString(page));
    }

    private static int lineOf(String line) {
        return EpisodeSample.TEXT.lines().toList().indexOf(line) + 1;
    }

    @Test
    void theTreeShowsSectionsAndLines() {
        assertEquals(List.of("# Podcast Introduction", "Alexey: This week we talk about tidy pipelines. Welcome, Ada.",
                "Ada: Thanks for having me.", "# Guest Background", "Alexey: Tell us about your career."), shape());
    }

    @Test
    void aSelectedLinesTextIsEditedAndOnlyItsLineChanges() throws Exception {
        tree.select(2);
        assertTrue(line.availableProperty().get());
        assertFalse(line.headerProperty().get());
        assertEquals("Ada", line.who().get());
        assertEquals("1:23", line.timeProperty().get());
        assertEquals("sec 83", line.secondsProperty().get());
        line.text().valueProperty().set("Thanks for having me, Alexey.");
        assertEquals(List.of(lineOf("- line: Thanks for having me.")), savedChanges());
        main.undo();
        assertEquals("Thanks for having me.", line.text().get());
    }

    @Test
    void aSectionsHeaderIsEditedAsItsText() {
        tree.select(3);
        assertTrue(line.headerProperty().get());
        line.text().valueProperty().set("Background");
        assertEquals("# Background", shape().get(3));
    }

    @Test
    void linesAreAddedWithTheSpeakerAndDeletedAsOneStepEach() throws Exception {
        tree.select(1);
        tree.addLine();
        assertEquals(2, tree.selectedProperty().get());
        assertEquals("Alexey: ", shape().get(2));
        assertEquals("Add transcript line", main.editor().undoLabelProperty().get());
        tree.delete();
        assertEquals(5, tree.rows().size());
        main.undo();
        main.undo();
        assertEquals(List.of(), savedChanges());
    }

    @Test
    void aLineMovesUpAndDownAndAcrossAHeader() throws Exception {
        tree.select(4);
        assertFalse(tree.canShift(1).get());
        tree.moveUp();
        assertEquals(3, tree.selectedProperty().get());
        assertEquals("Alexey: Tell us about your career.", shape().get(3));
        assertEquals("# Guest Background", shape().get(4));
        List<Integer> changed = savedChanges();
        assertEquals(List.of(), LineDiff.changedLines(EpisodeSample.TEXT.replace(
                "- header: Guest Background\n- line: Tell us about your career.\n  sec: 311\n  time: '5:11'\n  who: Alexey\n",
                "- line: Tell us about your career.\n  sec: 311\n  time: '5:11'\n  who: Alexey\n- header: Guest Background\n"),
                Files.readString(page)), changed.toString());
    }

    @Test
    void aSectionMovesWithItsLinesAsOneStep() throws Exception {
        tree.select(3);
        tree.moveUp();
        assertEquals(0, tree.selectedProperty().get());
        assertEquals(List.of("# Guest Background", "Alexey: Tell us about your career.", "# Podcast Introduction",
                "Alexey: This week we talk about tidy pipelines. Welcome, Ada.", "Ada: Thanks for having me."), shape());
        assertEquals("Move section \u201cGuest Background\u201d", main.editor().undoLabelProperty().get());
        tree.moveDown();
        assertEquals(3, tree.selectedProperty().get());
        assertEquals("# Podcast Introduction", shape().get(0));
        main.undo();
        main.undo();
        assertEquals(List.of(), savedChanges());
    }

    @Test
    void deletingASectionTakesItsLines() {
        tree.select(0);
        tree.delete();
        assertEquals(List.of("# Guest Background", "Alexey: Tell us about your career."), shape());
        main.undo();
        assertEquals(5, tree.rows().size());
    }

    @Test
    void aSectionIsAddedAfterTheSelectedSection() {
        tree.select(1);
        tree.addSection();
        assertEquals(3, tree.selectedProperty().get());
        assertEquals("# New section", shape().get(3));
    }

    @Test
    void aLineIsSplitAtTheCaretAndJoinedBackToTheSameBytes() throws Exception {
        String before = Files.readString(page);
        tree.select(1);
        tree.split("This week we talk about tidy pipelines.".length());
        assertEquals(2, tree.selectedProperty().get());
        assertEquals(List.of("Alexey: This week we talk about tidy pipelines.", "Alexey: Welcome, Ada."), shape().subList(1, 3));
        assertTrue(tree.canJoin().get());
        tree.join();
        assertEquals(1, tree.selectedProperty().get());
        assertEquals("Alexey: This week we talk about tidy pipelines. Welcome, Ada.", shape().get(1));
        main.files().save(null);
        assertEquals(before, Files.readString(page));
    }

    @Test
    void joiningLinesOfTwoSpeakersIsNotOfferedAndARefusalIsToldInWords() {
        tree.select(2);
        assertFalse(tree.canJoin().get(), "Ada's line follows Alexey's");
        tree.join();
        assertEquals(5, tree.rows().size());
        assertTrue(main.noticeProperty().get().text().startsWith("Not done: only lines of one speaker can be joined"),
                main.noticeProperty().get().text());
        tree.select(1);
        tree.split(0);
        assertEquals(5, tree.rows().size(), "a split at the start would leave an empty line");
        assertFalse(main.modifiedProperty().get());
    }

    @Test
    void aLineMovesToAnotherSectionsEndAndOnlyItsLinesMove() throws Exception {
        tree.select(1);
        assertEquals(List.of("Guest Background"), tree.otherSections().stream().map(r -> r.field("header")).toList());
        tree.moveToSection(3);
        assertEquals(4, tree.selectedProperty().get());
        assertEquals(List.of("# Podcast Introduction", "Ada: Thanks for having me.", "# Guest Background",
                "Alexey: Tell us about your career.", "Alexey: This week we talk about tidy pipelines. Welcome, Ada."), shape());
        String moved = "- line: This week we talk about tidy pipelines. Welcome, Ada.\n  sec: 63\n  time: '1:03'\n  who: Alexey\n";
        String expected = EpisodeSample.TEXT.replace(moved, "").replace("    mood: calm".strip(), moved + "mood: calm");
        main.files().save(null);
        assertEquals(expected, Files.readString(page));
    }

    @Test
    void dropsMoveLinesAndSectionsWhereTheyLand() {
        assertFalse(tree.canDrop(1, 1, dev.archivist.gui.threads.Drop.BEFORE), "onto itself");
        assertFalse(tree.canDrop(1, 2, dev.archivist.gui.threads.Drop.BEFORE), "where it already is");
        assertFalse(tree.canDrop(1, 0, dev.archivist.gui.threads.Drop.INTO), "into its own section");
        assertFalse(tree.canDrop(0, 4, dev.archivist.gui.threads.Drop.BEFORE), "a section onto a line");
        tree.drop(4, 2, dev.archivist.gui.threads.Drop.BEFORE);
        assertEquals("Alexey: Tell us about your career.", shape().get(2));
        assertEquals(2, tree.selectedProperty().get());
        main.undo();
        tree.drop(3, 0, dev.archivist.gui.threads.Drop.BEFORE);
        assertEquals(List.of("# Guest Background", "Alexey: Tell us about your career.", "# Podcast Introduction"),
                shape().subList(0, 3));
        assertEquals(0, tree.selectedProperty().get());
        tree.drop(0, 2, dev.archivist.gui.threads.Drop.AFTER);
        assertEquals("# Podcast Introduction", shape().get(0));
        assertEquals(3, tree.selectedProperty().get());
        tree.drop(1, 3, dev.archivist.gui.threads.Drop.INTO);
        assertEquals(List.of("# Podcast Introduction", "Ada: Thanks for having me.", "# Guest Background",
                "Alexey: Tell us about your career.", "Alexey: This week we talk about tidy pipelines. Welcome, Ada."), shape());
    }

    @Test
    void aCommittedTimeMovesItsSecondsAndAHalfTypedOneIsMarkedNotWritten() throws Exception {
        tree.select(2);
        line.timeProperty().set("1:3");
        line.commitTime();
        assertFalse(line.timeErrorProperty().get().isEmpty());
        assertFalse(main.modifiedProperty().get());
        line.text().valueProperty().set("Thanks for having me!");
        assertEquals("1:3", line.timeProperty().get(), "a typed time stays while another field changes");
        line.timeProperty().set("1:30");
        line.commitTime();
        assertEquals("", line.timeErrorProperty().get());
        assertEquals("sec 90", line.secondsProperty().get());
        String text = Files.readString(page);
        main.files().save(null);
        String saved = Files.readString(page);
        assertTrue(saved.contains("- line: Thanks for having me!\n  sec: 90\n  time: '1:30'\n  who: Ada\n"), saved);
        assertEquals(3, LineDiff.changedLines(text, saved).size());
        main.undo();
        assertEquals("1:23", line.timeProperty().get());
        assertEquals("sec 83", line.secondsProperty().get());
        line.timeProperty().set("oops");
        assertTrue(line.revertTime());
        assertEquals("1:23", line.timeProperty().get());
    }
}
