package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.About;
import dev.archivist.check.explain.KindExplanations;
import dev.archivist.gui.Samples;
import dev.archivist.model.Kind;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help: F1 lists every shortcut of the menus, About names the version and the libraries, Explain opens a kind's text. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private void openSample() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
    }

    private static List<String> texts(GridPane grid) {
        return grid.getChildren().stream().filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }

    private static List<MenuItem> accelerated(List<MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                out.addAll(accelerated(m.getItems()));
            } else if (i.getAccelerator() != null) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void f1ListsEveryAcceleratorOfTheMenusByItsActionsName() throws Exception {
        openSample();
        fx(() -> vm.editor().setText(YamlPath.of("title"), "Another title"));
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> lookup(".shortcuts").tryQuery().isPresent());
        List<String> shown = texts(lookup(".shortcuts").queryAs(GridPane.class));

        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = accelerated(bar.getMenus().stream().flatMap(m -> m.getItems().stream()).toList());
        assertTrue(items.size() > 15, items.toString());
        for (MenuItem i : items) {
            assertTrue(shown.contains(i.getAccelerator().getDisplayText()), i.getText() + " " + i.getAccelerator() + " in " + shown);
        }
        assertTrue(shown.containsAll(List.of("File", "Edit", "Problems", "Help", "Save", "Next Problem", "F8",
                "Keyboard Shortcuts", "F1", "Undo", "Open")), shown.toString());
        assertFalse(shown.stream().anyMatch(s -> s.startsWith("Undo ")), "the action's name, not the label of the moment: " + shown);
        Screenshots.save(lookup(".shortcuts").query().getScene(), "help-shortcuts");

        clickOn("Close");
        waitUntil(() -> lookup(".shortcuts").tryQuery().isEmpty());
    }

    @Test
    void helpAboutShowsTheVersionAndEveryLibraryWithItsLicence() {
        Node help = lookup(".menu-bar .menu-button").match(n -> ((Labeled) n).getText().replace("_", "").equals("Help")).query();
        clickOn(help);
        clickOn("About Archivist…");
        waitUntil(() -> lookup(".about").tryQuery().isPresent());

        assertTrue(lookup(".about .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Version " + About.version())));
        List<String> libraries = texts(lookup(".library-grid").queryAs(GridPane.class));
        assertTrue(libraries.containsAll(List.of("SnakeYAML", "2.7", "Apache-2.0", "JavaFX", "GPL-2.0 with Classpath Exception",
                "ControlsFX", "BSD-3-Clause")), libraries.toString());
        for (About.Library l : About.libraries()) {
            assertTrue(libraries.contains(l.name()) && libraries.contains(l.licence()), l.toString());
        }
        Screenshots.save(lookup(".about").query().getScene(), "help-about");
        clickOn("Close");
        waitUntil(() -> lookup(".about").tryQuery().isEmpty());
    }

    @Test
    void explainInTheProblemsPaneOpensProblemKindsOnTheSelectedKind() throws Exception {
        openSample();
        waitUntil(() -> !vm.problems().problemsProperty().get().of(Kind.HTML_ENTITY).isEmpty());
        TreeCell<?> group = lookup(".kind-group").match(n -> ((TreeCell<?>) n).getItem() == Kind.HTML_ENTITY).queryAs(TreeCell.class);
        clickOn(group);
        clickOn("#explainButton");
        waitUntil(() -> lookup(".problem-kinds").tryQuery().isPresent());

        Node window = lookup(".problem-kinds").query();
        assertEquals(Kind.HTML_ENTITY.title(), lookup(".problem-kinds .title-3").queryAs(Label.class).getText());
        assertEquals(KindExplanations.of(Kind.HTML_ENTITY).example().before().stripTrailing(),
                lookup(".kind-before").queryAs(Label.class).getText());
        assertTrue(lookup(".kind-after").queryAs(Label.class).getText().contains("R & Python"));
        Screenshots.save(window.getScene(), "help-problem-kinds");
        fx(() -> ((Stage) window.getScene().getWindow()).close());
    }
}
