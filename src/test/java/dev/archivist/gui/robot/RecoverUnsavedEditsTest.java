package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.LineDiff;
import dev.archivist.gui.Samples;
import dev.archivist.gui.TestChecks;
import dev.archivist.gui.main.AppPrefs;
import dev.archivist.gui.main.MainView;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.main.Notice;
import dev.archivist.gui.task.FxTaskRunner;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.io.save.Recovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RecoverUnsavedEditsTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void editsLeftByAWindowThatNeverClosedAreOfferedRestoredAndSaved() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        String before = Files.readString(page);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        fx(() -> vm.threads().select(MessagePlace.reply(1, 1)));
        TextArea text = lookup("#textArea").queryAs(TextArea.class);
        waitUntil(() -> "Makes sense, thanks!".equals(text.getText()));
        clickOn(text).write(" Indeed.");
        waitUntil(() -> vm.modifiedProperty().get());

        // the edits are kept outside the site a moment after the last keystroke
        Recovery store = Recovery.user();
        assertEquals(dir.resolve("recovery"), store.folder());
        waitUntil(() -> store.read(page).isPresent());
        assertTrue(store.read(page).orElseThrow().text().contains("text: Makes sense, thanks! Indeed."));
        assertEquals(before, Files.readString(page), "nothing written to the page");

        // as after a kill: the first window is left as it is, a second one opens the page
        AtomicReference<MainViewModel> second = new AtomicReference<>();
        fx(() -> {
            Preferences node = Preferences.userRoot().node("dev/archivist/robot-test-second");
            MainViewModel vm2 = new MainViewModel(new FxTaskRunner(), new AppPrefs(node), TestChecks::all);
            new MainView(vm2, new Stage()).show();
            vm2.files().open(page);
            second.set(vm2);
        });
        MainViewModel vm2 = second.get();
        waitUntil(() -> vm2.editor() != null);
        try {
            waitUntil(() -> vm2.noticeProperty().get() != null && vm2.noticeProperty().get().text().contains("were recovered"));
        } catch (AssertionError e) {
            throw new AssertionError("notice: " + vm2.noticeProperty().get() + " kept: " + store.read(page), e);
        }
        Notice offer = vm2.noticeProperty().get();
        assertEquals(List.of("Review…", "Restore", "Discard"), offer.actions().stream().map(Notice.Action::text).toList());
        assertFalse(offer.text().contains("changed on disk"), offer.text());
        assertFalse(vm2.modifiedProperty().get(), "nothing is applied unasked");

        Button restore = lookup(".button").match((Button b) -> "Restore".equals(b.getText())).queryAs(Button.class);
        clickOn(restore);
        waitUntil(() -> vm2.modifiedProperty().get());
        assertEquals("Restore unsaved edits", vm2.undoLabelProperty().get());
        assertTrue(vm2.editor().session().pending().text().contains("text: Makes sense, thanks! Indeed."));

        fx(() -> vm2.files().save(null));
        waitUntil(() -> !vm2.modifiedProperty().get());
        String after = Files.readString(page);
        int line = before.lines().toList().indexOf("    text: Makes sense, thanks!") + 1;
        assertEquals(List.of(line), LineDiff.changedLines(before, after));
        waitUntil(() -> store.read(page).isEmpty());
        WaitForAsyncUtils.sleep(2500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertTrue(store.read(page).isEmpty(), "the save forgot the kept edits");
        Preferences.userRoot().node("dev/archivist/robot-test-second").removeNode();
    }
}
