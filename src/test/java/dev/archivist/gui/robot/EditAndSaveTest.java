package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.LineDiff;
import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessagePlace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EditAndSaveTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void typingInAReplyAndSavingChangesOnlyThatReplysLine() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        String before = Files.readString(page);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        fx(() -> vm.threads().select(MessagePlace.reply(1, 1)));
        TextArea text = lookup("#textArea").queryAs(TextArea.class);
        waitUntil(() -> "Makes sense, thanks!".equals(text.getText()));
        clickOn(text).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" Indeed.");
        waitUntil(() -> vm.modifiedProperty().get());
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());

        String after = Files.readString(page);
        int line = before.lines().toList().indexOf("    text: Makes sense, thanks!") + 1;
        assertEquals(List.of(line), LineDiff.changedLines(before, after));
        assertEquals("    text: Makes sense, thanks! Indeed.", after.lines().toList().get(line - 1));
        assertFalse(stage.getTitle().startsWith("*"));
    }
}
