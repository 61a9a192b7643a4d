package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.main.Themes;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.model.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writes the main window, light and dark, to {@code target/screenshots/} (the README shows one). */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    @Test
    void theMainWindowIsWrittenAsPngLightAndDark() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.problems().problemsProperty().get().size() > 0);
        fx(() -> vm.threads().select(MessagePlace.reply(1, 0)));
        TreeView<?> problems = lookup("#problemTree").queryAs(TreeView.class);
        fx(() -> {
            @SuppressWarnings("unchecked")
            TreeView<Object> tree = (TreeView<Object>) problems;
            TreeItem<Object> group = tree.getRoot().getChildren().stream()
                    .filter(g -> g.getValue() == Kind.HTML_ENTITY).findFirst().orElseThrow();
            group.setExpanded(true);
            tree.getSelectionModel().select(group.getChildren().get(0));
        });
        fx(() -> vm.threads().select(MessagePlace.reply(1, 0)));
        Path light = Screenshots.save(stage.getScene(), "main-light");
        fx(() -> {
            Themes.apply(true);
            Themes.style(stage.getScene(), true);
        });
        Path dark = Screenshots.save(stage.getScene(), "main-dark");
        fx(() -> Themes.apply(false));
        assertTrue(Files.size(light) > 20_000 && Files.size(dark) > 20_000);
    }
}
