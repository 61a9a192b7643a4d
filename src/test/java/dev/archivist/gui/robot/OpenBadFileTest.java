package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OpenBadFileTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void aFileThatDoesNotParseOpensAsTextWithItsErrorLineSelectedAndParsesOnceRepaired() throws Exception {
        Path file = Samples.copy("bad/unclosed-quote.md", dir);
        fx(() -> vm.files().open(file));
        waitUntil(() -> vm.brokenProperty().get() != null);
        TextArea area = lookup(".raw-area").queryAs(TextArea.class);
        Label error = lookup("#errorLabel").queryAs(Label.class);
        assertTrue(error.getText().startsWith("Line "), error.getText());
        int line = vm.brokenProperty().get().errorProperty().get().line();
        waitUntil(() -> !area.getSelectedText().isEmpty());
        String selected = area.getSelectedText();
        assertEquals(Files.readAllLines(file).get(line - 1), selected);
        assertNull(vm.editor());

        String text = area.getText();
        int open = text.indexOf("text: \"") ;
        int eol = text.indexOf('\n', open);
        fx(() -> area.replaceText(eol, eol, "\""));
        clickOn("#parseButton");
        waitUntil(() -> vm.editor() != null);
        assertNotNull(vm.editor());
        assertTrue(vm.editor().isModified(), "a repaired page differs from the disk");
    }
}
