package dev.archivist.gui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.gui.Samples;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.task.DirectTaskRunner;
import dev.archivist.gui.threads.MessagePlace;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {
    @TempDir
    Path dir;
    final List<String> opened = new CopyOnWriteArrayList<>();
    final SimpleObjectProperty<EditorModel> editor = new SimpleObjectProperty<>();
    PreviewView view;

    @Start
    void start(Stage stage) {
        PreviewViewModel vm = new PreviewViewModel(editor, new SimpleObjectProperty<MessagePlace>(), new DirectTaskRunner());
        vm.showingProperty().set(true);
        view = new PreviewView(vm, opened::add);
        stage.setScene(new Scene(view.root(), 700, 500));
        stage.show();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    @Test
    void aClickedWebLinkOpensOutsideAndThePaneKeepsThePage() throws Exception {
        Path file = Samples.site(dir.resolve("site"));
        onFx(() -> {
            editor.set(EditorModel.opened(ArchiveReader.read(file), Site.around(file).orElse(null)));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> view.webView().getEngine().getDocument() != null
                && view.webView().getEngine().getDocument().getElementById("threads") != null));
        String href = onFx(() -> {
            NodeList links = view.webView().getEngine().getDocument().getElementsByTagName("a");
            for (int i = 0; i < links.getLength(); i++) {
                Element a = (Element) links.item(i);
                if (a.getAttribute("href").startsWith("https://")) {
                    ((JSObject) a).call("click");
                    return a.getAttribute("href");
                }
            }
            throw new AssertionError("no web link on the page");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(href), opened);
        assertTrue(onFx(() -> view.webView().getEngine().getDocument().getElementById("threads") != null));
        assertEquals("", onFx(() -> String.valueOf(view.webView().getEngine().getLocation())).replace("null", ""));
    }

    @Test
    void openInBrowserWritesTheWholePageToAFileAndOpensIt() throws Exception {
        Path file = Samples.site(dir.resolve("site"));
        onFx(() -> {
            editor.set(EditorModel.opened(ArchiveReader.read(file), Site.around(file).orElse(null)));
            return null;
        });
        onFx(() -> {
            ((javafx.scene.control.Button) view.root().lookupAll(".button").stream()
                    .filter(b -> "Open in Browser".equals(((javafx.scene.control.Button) b).getText()))
                    .findFirst().orElseThrow()).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        Path written = Path.of(java.net.URI.create(opened.get(0)));
        String html = java.nio.file.Files.readString(written);
        assertTrue(html.contains("Makes sense, thanks!"));
        assertTrue(html.contains("Content-Security-Policy"));
        java.nio.file.Files.deleteIfExists(written);
    }
}
