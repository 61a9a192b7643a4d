package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.gui.threads.MessageRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThreadFilterTest extends RobotTest {
    private static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void theFilterCountsTheMatchingRepliesAndDimsTheirThread() throws Exception {
        Samples.site(dir.resolve("site"));
        Path page = Files.writeString(dir.resolve("site/turkish.md"), """
                ---
                title: T
                archive:
                - name: Ana
                  text: Who took the photo?
                  replies:
                  - name: Işık Yılmaz
                    text: I did.
                  - name: Bo
                    text: It was IŞIK, in the park.
                - name: Cem
                  text: Nothing here.
                ---
                """);
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        write("isik");
        Label count = lookup("#countLabel").queryAs(Label.class);
        waitUntil(() -> "2 found".equals(count.getText()));
        waitUntil(() -> rows().size() == 3);
        List<MessagePlace> dimmed = rows().stream().filter(c -> c.getPseudoClassStates().contains(CONTEXT))
                .map(c -> c.getItem().place()).toList();
        assertEquals(List.of(MessagePlace.thread(0)), dimmed);
    }

    @SuppressWarnings("unchecked")
    private List<TreeCell<MessageRow>> rows() {
        return lookup(".message-cell").queryAllAs(TreeCell.class).stream().filter(c -> !c.isEmpty() && c.getItem() != null)
                .map(c -> (TreeCell<MessageRow>) c).toList();
    }
}
