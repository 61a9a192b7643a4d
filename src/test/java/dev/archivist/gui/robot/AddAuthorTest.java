package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archivist.gui.Samples;
import dev.archivist.gui.metadata.AuthorRow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.PopupControl;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AddAuthorTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void oneEnterAddsTheAuthorClearsTheFieldAndLeavesTheCompletionClosed() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        clickOn(field()).write("Ada");
        waitUntil(AddAuthorTest::completionShowing);
        type(KeyCode.ENTER);
        waitUntil(() -> authors().contains("adaokafor"));
        assertEquals("", field().getText());
        sleep(800);
        assertFalse(completionShowing(), "the popup stays closed until the user types again");

        write("Jane Roe");
        sleep(500);
        type(KeyCode.ENTER);
        waitUntil(() -> authors().contains("Jane Roe"));
        assertEquals(List.of("marianunez", "Tomasz Kowalski", "adaokafor", "Jane Roe"), authors());
        assertEquals("", field().getText());
        sleep(800);
        assertFalse(completionShowing());
    }

    private TextField field() {
        return lookup(n -> n instanceof TextField t && "Add author: id or name".equals(t.getPromptText())).queryAs(TextField.class);
    }

    private List<String> authors() {
        return vm.metadata().authors().stream().map(AuthorRow::id).toList();
    }

    private static boolean completionShowing() {
        return Window.getWindows().stream().anyMatch(w -> w instanceof PopupControl p && w.isShowing()
                && p.getStyleClass().contains("auto-complete-popup"));
    }
}
