package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessageRow;
import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThreadBadgeResizeTest extends RobotTest {
    private static final String LONG_NAME = "Maria Fernanda Nunez de la Cruz (she/her, data platform team)";

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void aRowsProblemMarkerStaysWholeAtItsRightEndWhateverTheWindowsWidth() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        // a name longer than the tree is wide: the row's text cannot all show
        Files.writeString(page, Files.readString(page).replace("name: \"Mar\\xEDa N\\xFA\\xF1ez\"", "name: " + LONG_NAME));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null && !vm.problems().checkingProperty().get()
                && !vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).isEmpty());
        SplitPane main = lookup("#main").queryAs(SplitPane.class);
        TreeCell<?> any = lookup(".message-cell").queryAs(TreeCell.class);
        fx(() -> any.getTreeView().getRoot().getChildren().forEach(t -> t.setExpanded(true)));
        assertTrue(markedRows().stream().anyMatch(c -> ((MessageRow) c.getItem()).name().equals(LONG_NAME)), "a long name is marked");
        double[][] sizes = {{1250, 0.3}, {1100, 0.25}, {900, 0.3}, {900, 0.18}, {700, 0.3}, {700, 0.12}};
        for (double[] size : sizes) {
            double width = size[0];
            fx(() -> {
                stage.setWidth(size[0]);
                main.setDividerPositions(size[1]);
            });
            waitUntil(() -> true);
            assertTrue(!markedRows().isEmpty(), "rows with problems show at width " + width);
            for (TreeCell<?> cell : markedRows()) {
                Label badge = (Label) cell.lookup(".badge");
                assertTrue(badge.isVisible() && badge.getParent().isVisible(), "the marker shows at width " + width);
                Bounds b = badge.localToScene(badge.getBoundsInLocal());
                Bounds c = cell.localToScene(cell.getBoundsInLocal());
                String where = " at width " + width + ": marker " + b + ", row " + c + " (" + ((MessageRow) cell.getItem()).place() + ")";
                assertTrue(b.getMinX() >= c.getMinX() && b.getMaxX() <= c.getMaxX() + 0.5, "the marker lies in its row" + where);
                Bounds t = cell.getTreeView().localToScene(cell.getTreeView().getBoundsInLocal());
                assertTrue(b.getMaxX() <= t.getMaxX(), "the marker lies in the tree" + where);
                assertTrue(c.getMaxX() - b.getMaxX() < 40, "the marker sits at the row's right end" + where);
                assertFalse(badge.getWidth() < badge.prefWidth(-1) - 0.5, "the marker is not cut" + where);
                assertTrue(!badge.getText().isEmpty() && badge.lookup(".text") != null
                        && !((Text) badge.lookup(".text")).getText().contains("…"), "the count is whole" + where);
            }
        }
    }

    /** The rows on screen whose message has problems. */
    private List<TreeCell<?>> markedRows() {
        List<TreeCell<?>> out = new ArrayList<>();
        for (Node n : lookup(".message-cell").queryAll()) {
            TreeCell<?> cell = (TreeCell<?>) n;
            if (cell.isVisible() && cell.getParent() != null && cell.getItem() instanceof MessageRow r
                    && vm.threads().problemCountsProperty().get().getOrDefault(r.place(), 0) > 0
                    && cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= stage.getScene().getHeight()) {
                out.add(cell);
            }
        }
        return out;
    }
}
