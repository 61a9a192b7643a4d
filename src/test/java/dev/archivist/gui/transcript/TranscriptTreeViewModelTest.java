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
        assertEquals("1:23", line.time().get());
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
        assertEquals("Move transcript section", main.editor().undoLabelProperty().get());
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
}
