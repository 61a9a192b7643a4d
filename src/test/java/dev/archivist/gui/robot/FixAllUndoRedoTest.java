package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.model.Kind;
import dev.archivist.model.Scalars;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FixAllUndoRedoTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private int entitiesInTree() {
        AtomicInteger n = new AtomicInteger();
        Scalars.forEachString(vm.editor().root(), (p, s) -> n.addAndGet(s.value().contains("&amp;") ? 1 : 0));
        return n.get();
    }

    @Test
    void fixAllOfAKindIsOneStepThatUndoAndRedoTakeBackAndRedo() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).size() > 1);
        int before = entitiesInTree();
        assertTrue(before > 1);

        TreeCell<?> group = lookup(".kind-group").match(n -> ((TreeCell<?>) n).getItem() == Kind.HTML_ENTITY)
                .queryAs(TreeCell.class);
        clickOn(group);
        clickOn("#fixAllButton");
        waitUntil(() -> vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).isEmpty());
        assertEquals(0, entitiesInTree());
        assertTrue(vm.modifiedProperty().get());

        assertTrue(vm.undoLabelProperty().get().startsWith("Fix all encoding.html-entity"));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !vm.modifiedProperty().get());
        assertEquals(before, entitiesInTree());
        waitUntil(() -> vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).size() == before);

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> vm.modifiedProperty().get());
        assertEquals(0, entitiesInTree());
        assertFalse(vm.canRedoProperty().get());
    }
}
