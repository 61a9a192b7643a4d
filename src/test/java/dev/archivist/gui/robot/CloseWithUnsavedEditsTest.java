package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.io.save.Recovery;
import dev.archivist.model.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CloseWithUnsavedEditsTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private DialogPane askToClose() {
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        return lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheEdits() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        String text = Files.readString(page);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        fx(() -> vm.editor().setText(YamlPath.of("title"), "Another title"));
        Recovery kept = Recovery.user();
        waitUntil(() -> kept.read(page).isPresent());

        DialogPane dialog = askToClose();
        assertTrue(dialog.getHeaderText().contains("unsaved changes"), dialog.getHeaderText());
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertTrue(vm.modifiedProperty().get());

        askToClose();
        clickOn("Don't Save");
        waitUntil(() -> !stage.isShowing());
        assertFalse(stage.isShowing());
        assertTrue(Files.readString(page).equals(text), "nothing was written");
        assertTrue(kept.read(page).isEmpty(), "Don't Save forgets the kept edits");
    }
}
