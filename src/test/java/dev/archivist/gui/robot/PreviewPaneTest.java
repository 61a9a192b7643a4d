package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.threads.MessagePlace;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest extends RobotTest {

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

    private String shownText() {
        return onFx(() -> {
            WebView web = lookup(".preview-pane .web-view").queryAs(WebView.class);
            var doc = web.getEngine().getDocument();
            return doc == null ? "" : doc.getDocumentElement().getTextContent();
        });
    }

    private double scrollY() {
        return onFx(() -> {
            WebView web = lookup(".preview-pane .web-view").queryAs(WebView.class);
            Object w = ((JSObject) web.getEngine().getDocument()).getMember("defaultView");
            return ((Number) ((JSObject) w).getMember("scrollY")).doubleValue();
        });
    }

    @Test
    void editingAReplyUpdatesThePreviewAndSelectingAThreadScrollsToIt() throws Exception {
        Path page = Samples.site(dir.resolve("site"));
        fx(() -> vm.files().open(page));
        waitUntil(() -> vm.editor() != null);
        clickOn("Preview");
        waitUntil(() -> shownText().contains("Makes sense, thanks!"));
        assertFalse(onFx(() -> lookup(".preview-pane .web-view").queryAs(WebView.class).getEngine().isJavaScriptEnabled()));

        fx(() -> vm.threads().select(MessagePlace.reply(1, 1)));
        TextArea text = lookup("#textArea").queryAs(TextArea.class);
        waitUntil(() -> "Makes sense, thanks!".equals(text.getText()));
        clickOn(text).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" Previewed.");
        waitUntil(() -> shownText().contains("Makes sense, thanks! Previewed."));
        assertTrue(onFx(() -> lookup(".side-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .equals("Preview"));

        int last = vm.editor().state().root().get("archive").map(a -> ((dev.archivist.model.YSequence) a).items().size()).orElse(1) - 1;
        fx(() -> vm.threads().select(MessagePlace.thread(last)));
        waitUntil(() -> scrollY() > 0);
    }
}
