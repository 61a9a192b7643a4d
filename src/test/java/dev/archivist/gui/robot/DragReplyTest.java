package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archivist.edit.Archive;
import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.gui.threads.MessageRow;
import java.nio.file.Path;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DragReplyTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private TreeCell<?> cell(MessagePlace p) {
        return lookup(".message-cell").match(n -> ((TreeCell<?>) n).getItem() instanceof MessageRow r && r.place().equals(p))
                .queryAs(TreeCell.class);
    }

    @Test
    void draggingAReplyOntoAnotherThreadMakesItThatThreadsLastReply() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        fx(() -> vm.threads().select(MessagePlace.reply(0, 1)));
        waitUntil(() -> cell(MessagePlace.reply(0, 1)) != null);
        // the page's first check re-marks the tree's rows when it lands: drag once it has
        waitUntil(() -> !vm.problems().checkingProperty().get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String moved = Archive.text(Archive.replies(Archive.threads(vm.editor().root()).get(0)).get(1), "text");
        int before = Archive.replies(Archive.threads(vm.editor().root()).get(2)).size();

        drag(cell(MessagePlace.reply(0, 1))).dropTo(cell(MessagePlace.thread(2)));
        waitUntil(() -> Archive.replies(Archive.threads(vm.editor().root()).get(0)).size() == 1);

        var target = Archive.replies(Archive.threads(vm.editor().root()).get(2));
        assertEquals(before + 1, target.size());
        assertEquals(moved, Archive.text(target.get(before), "text"));
        assertEquals(MessagePlace.reply(2, before), vm.threads().focused());
    }
}
