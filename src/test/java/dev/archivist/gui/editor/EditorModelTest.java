package dev.archivist.gui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EditorModelTest {
    private final AtomicLong clock = new AtomicLong();
    private final ArchiveDocument doc = Samples.book();
    private final EditorModel model = new EditorModel(doc, doc.text(), null, clock::get);
    private final YamlPath title = YamlPath.of("title");

    @Test
    void typingInOneFieldWithoutPausingIsOneUndoStep() {
        model.setText(title, "T");
        clock.addAndGet(100_000_000L);
        model.setText(title, "Ti");
        clock.addAndGet(100_000_000L);
        model.setText(title, "Tit");
        model.undo();
        assertEquals(doc.root().text("title"), model.root().text("title"));
        assertFalse(model.isModified());
    }

    @Test
    void aPauseStartsANewStep() {
        model.setText(title, "T");
        clock.addAndGet(2_000_000_000L);
        model.setText(title, "Ti");
        model.undo();
        assertEquals("T", model.root().text("title"));
        assertTrue(model.isModified());
    }

    @Test
    void undoingBackToTheSavedMarkIsUnmodifiedAndRedoIsModifiedAgain() {
        model.setText(title, "New");
        assertTrue(model.isModified());
        model.undo();
        assertFalse(model.isModified());
        model.redo();
        assertTrue(model.isModified());
        assertEquals("New", model.root().text("title"));
    }

    @Test
    void savingMovesTheMark() throws Exception {
        model.setText(title, "New");
        var request = new dev.archivist.edit.EditSession.SaveRequest(model.state(), doc.text(), doc.path());
        var saved = dev.archivist.edit.EditSession.dryRun(request);
        model.saved(saved);
        assertFalse(model.isModified());
        model.undo();
        assertTrue(model.isModified());
        assertEquals(saved.prepared().text(), model.diskText());
    }

    @Test
    void aTimestampTypedIntoStartStaysATimestamp() {
        model.setText(YamlPath.of("start"), "2022-03-22 10:00:00");
        YScalar start = (YScalar) YamlPath.of("start").find(model.root()).orElseThrow();
        assertEquals("timestamp", start.tag());
    }

    @Test
    void typingTheSameValueRecordsNothing() {
        model.setText(title, doc.root().text("title"));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void aRepairedFileStartsModified() {
        EditorModel repaired = new EditorModel(doc, "what the disk held", null, clock::get);
        assertTrue(repaired.isModified());
    }
}
