package dev.archivist.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane()));
        stage.show();
    }

    /** Under openbox a window sized before it was shown came up at 198 × 175 (JDK-8316423). */
    @Test
    void aShownWindowTheWindowManagerShrankGetsTheSizeItWasGiven() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/archivist/window-state-test");
        node.clear();
        WindowState window = new WindowState(new AppPrefs(node));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(198);
            stage.setHeight(175);
            window.settle(stage);
        }).get();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(Math.min(1360, screen.getWidth()), stage.getWidth(), 1);
        assertEquals(Math.min(840, screen.getHeight()), stage.getHeight(), 1);
        node.removeNode();
    }
}
