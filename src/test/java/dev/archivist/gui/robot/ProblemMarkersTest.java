package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.edit.Archive;
import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.gui.threads.MessageRow;
import dev.archivist.model.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProblemMarkersTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void rowsShownAgainWhenTheTreeGrowsShowTheProblemsOfNow() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null && !vm.problems().checkingProperty().get()
                && !vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).isEmpty());
        int rows = threadRows().size();
        double height = stage.getHeight();
        // the rows at the bottom leave the view while the problems change (a notice bar, a smaller window)
        fx(() -> stage.setHeight(300));
        assertTrue(threadRows().size() < rows, "the tree shrank");
        fx(() -> vm.problems().fixAll(Kind.HTML_ENTITY));
        waitUntil(() -> !vm.problems().checkingProperty().get()
                && vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).isEmpty());
        fx(() -> stage.setHeight(height));
        waitUntil(() -> threadRows().size() == rows);

        Map<MessagePlace, Integer> counts = vm.threads().problemCountsProperty().get();
        for (TreeCell<?> cell : threadRows()) {
            MessagePlace thread = ((MessageRow) cell.getItem()).place();
            int expected = counts.getOrDefault(thread, 0);
            int replies = Archive.replies(Archive.threads(vm.editor().root()).get(thread.thread())).size();
            for (int r = 0; r < replies; r++) {
                expected += counts.getOrDefault(MessagePlace.reply(thread.thread(), r), 0);
            }
            assertEquals(expected == 0 ? "" : Integer.toString(expected), badge(cell), "the marker of " + thread);
        }
    }

    /** The thread rows on screen (the sample's threads are collapsed). */
    private List<TreeCell<?>> threadRows() {
        List<TreeCell<?>> out = new ArrayList<>();
        for (Node n : lookup(".message-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) n;
            boolean onScreen = cell.isVisible() && cell.getParent() != null
                    && cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight();
            if (onScreen && cell.getItem() instanceof MessageRow r && r.place().isThread()) {
                out.add(cell);
            }
        }
        return out;
    }

    private static String badge(TreeCell<?> cell) {
        Label badge = (Label) cell.lookup(".badge");
        return badge == null || !badge.isVisible() ? "" : badge.getText();
    }
}
