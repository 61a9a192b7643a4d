package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.find.FindScope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FindAndReplaceTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void ctrlHReplacesOneMatchThenAllAndTheSaveChangesOnlyThoseLines() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        String original = Files.readString(page, StandardCharsets.UTF_8);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        waitUntil(() -> lookup("#findField").tryQuery().isPresent());
        TextField find = lookup("#findField").queryAs(TextField.class);
        assertTrue(find.isFocused(), "Ctrl+H puts the keyboard in the Find field");
        write("Lukas Becker");
        ComboBox<?> scope = lookup("#scopeBox").queryAs(ComboBox.class);
        clickOn(scope);
        clickOn(lookup(".combo-box-popup .list-cell").match(n -> FindScope.NAMES.toString()
                .equals(((javafx.scene.control.ListCell<?>) n).getText())).queryAs(javafx.scene.control.ListCell.class));
        clickOn("#withField").write("Lukas B.");
        waitUntil(() -> vm.find().matches().size() == 4);
        clickOn(lookup("#matchList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null)
                .queryAs(javafx.scene.control.ListCell.class));
        clickOn("#replaceButton");
        waitUntil(() -> vm.find().matches().size() == 3);
        clickOn("#replaceAllButton");
        waitUntil(() -> vm.find().matches().isEmpty());
        assertEquals("Replace 'Lukas Becker' (3)", vm.undoLabelProperty().get());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());
        assertEquals(original.replaceAll("(?m)^(\\s*- name:) Lukas Becker$", "$1 Lukas B."),
                Files.readString(page, StandardCharsets.UTF_8));
    }
}
