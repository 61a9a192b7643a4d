package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.edit.Archive;
import dev.archivist.gui.Samples;
import dev.archivist.model.YNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RenameFromNamesViewTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (YNode t : Archive.threads(vm.editor().root())) {
            out.add(Archive.text(t, "name"));
            Archive.replies(t).forEach(r -> out.add(Archive.text(r, "name")));
        }
        return out;
    }

    @Test
    void renamingAClusterKeepsAnUntickedSpellingAndIsOneUndoStep() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        clickOn("Names");
        waitUntil(() -> vm.names().clusters().stream().anyMatch(c -> c.suggested().equals("María Núñez")));
        assertTrue(names().contains("Maria Nunez") && names().contains("maría núñez"));
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && c.getText().startsWith("María Núñez")).queryAs(javafx.scene.control.ListCell.class));
        CheckBox lowerCase = lookup(".check-box").match(n -> "maría núñez".equals(((CheckBox) n).getUserData()))
                .queryAs(CheckBox.class);
        clickOn(lowerCase);
        clickOn("#applyButton");
        waitUntil(() -> !names().contains("Maria Nunez"));
        assertTrue(names().contains("maría núñez"), "the unticked spelling stays");
        assertTrue(!names().contains("María Núñez (she/her)"));
        fx(vm::undo);
        assertTrue(names().contains("Maria Nunez") && names().contains("María Núñez (she/her)"));
        assertEquals(false, vm.modifiedProperty().get());
    }
}
