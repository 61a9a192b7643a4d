package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewDarkThemeTest extends RobotTest {

    @Start
    void start(Stage stage) {
        startEditor(stage);
    }

    private static <T> T onFx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The brightness of the preview's top left corner, where the page's background shows. */
    private double background() {
        return onFx(() -> {
            WebView web = lookup(".preview-pane .web-view").queryAs(WebView.class);
            WritableImage shot = web.snapshot(null, null);
            Color c = shot.getPixelReader().getColor(4, 4);
            return c.getBrightness();
        });
    }

    @Test
    void theDarkThemeDarkensThePreview() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        clickOn("Preview");
        waitUntil(() -> onFx(() -> lookup(".preview-pane .web-view").queryAs(WebView.class).getEngine().getDocument() != null));
        waitUntil(() -> background() > 0.9);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> background() < 0.2);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> background() > 0.9);
        assertTrue(!vm.darkThemeProperty().get());
    }
}
