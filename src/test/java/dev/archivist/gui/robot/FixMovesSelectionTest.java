package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FixMovesSelectionTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private List<Problem> entities() {
        return vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY);
    }

    private boolean settled() {
        return !vm.problems().checkingProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree() {
        return lookup("#problemTree").queryAs(TreeView.class);
    }

    private TreeItem<Object> group(Kind kind) {
        return tree().getRoot().getChildren().stream().filter(g -> g.getValue() == kind).findFirst().orElse(null);
    }

    private void open() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null && settled() && entities().size() > 2);
    }

    @Test
    void fixingAProblemKeepsItsKindOpenAndSelectsTheNextOfTheKind() throws Exception {
        open();
        int before = entities().size();
        Problem next = entities().get(2);
        fx(() -> {
            TreeItem<Object> g = group(Kind.HTML_ENTITY);
            g.setExpanded(true);
            tree().getSelectionModel().select(g.getChildren().get(1));
        });
        clickOn("#fixButton");
        waitUntil(() -> settled() && entities().size() == before - 1);

        TreeItem<Object> g = group(Kind.HTML_ENTITY);
        assertTrue(g.isExpanded(), "the kind stays open");
        TreeItem<Object> selected = tree().getSelectionModel().getSelectedItem();
        assertNotNull(selected, "a problem is selected");
        Problem p = assertInstanceOfProblem(selected.getValue());
        assertEquals(Kind.HTML_ENTITY, p.kind());
        assertEquals(next.path(), p.path(), "the problem after the fixed one");
        assertEquals(next.message(), p.message());
    }

    @Test
    void fixingTheLastOfAKindSelectsTheNextKind() throws Exception {
        open();
        fx(() -> {
            TreeItem<Object> g = group(Kind.HTML_ENTITY);
            g.setExpanded(true);
            tree().getSelectionModel().select(g);
        });
        int index = tree().getRoot().getChildren().indexOf(group(Kind.HTML_ENTITY));
        Kind after = (Kind) tree().getRoot().getChildren().get(index + 1).getValue();
        clickOn("#fixAllButton");
        waitUntil(() -> settled() && entities().isEmpty());

        assertEquals(null, group(Kind.HTML_ENTITY), "the kind is gone");
        TreeItem<Object> selected = tree().getSelectionModel().getSelectedItem();
        assertNotNull(selected, "the next kind is selected");
        assertEquals(after, selected.getValue());
        Button fixAll = lookup("#fixAllButton").queryAs(Button.class);
        assertTrue(fixAll.isVisible(), "Fix all is that of the kind now selected");
        assertEquals("Fix all " + vm.problems().fixableCount(after), fixAll.getText());
    }

    @Test
    void fixAllIsHiddenWhenNoKindIsSelected() throws Exception {
        open();
        fx(() -> tree().getSelectionModel().select(group(Kind.HTML_ENTITY)));
        Button fixAll = lookup("#fixAllButton").queryAs(Button.class);
        assertTrue(fixAll.isVisible());
        fx(() -> tree().getSelectionModel().clearSelection());
        assertFalse(fixAll.isVisible(), "no Fix all of a kind that is not selected");
        assertNotEquals(0, entities().size());
    }

    private static Problem assertInstanceOfProblem(Object v) {
        assertTrue(v instanceof Problem, "a problem row, not " + v);
        return (Problem) v;
    }

}
