package dev.archivist.gui.preview;

import dev.archivist.gui.common.Fxml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.EventTarget;

/**
 * The Preview tab: the rendered page in a WebView with JavaScript off. Later threads are
 * appended and the view scrolled through the DOM from Java (see docs/decisions/preview-pane.md);
 * links open in the system browser, never in the pane.
 */
public final class PreviewView {
    private final PreviewViewModel vm;
    private final Consumer<String> browser;
    private final VBox root;
    private final WebEngine engine;
    private boolean loaded;
    private int applied;
    private String pendingAnchor;
    private double restoreY = -1;
    private Path file;

    @FXML private ProgressIndicator refreshIndicator;
    @FXML private Label statusLabel;
    @FXML private Button browserButton;
    @FXML private WebView webView;

    /** @param browser opens an http, https, mailto or file URI outside the editor */
    public PreviewView(PreviewViewModel vm, Consumer<String> browser) {
        this.vm = vm;
        this.browser = browser;
        this.root = Fxml.load("preview", this);
        this.engine = webView.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.userStyleSheetLocationProperty().bind(vm.userStyleSheetProperty());
        webView.setContextMenuEnabled(false);
        refreshIndicator.visibleProperty().bind(vm.renderingProperty());
        refreshIndicator.managedProperty().bind(vm.renderingProperty());
        statusLabel.textProperty().bind(Bindings.createStringBinding(this::status, vm.pageProperty(), vm.shownProperty()));
        browserButton.setOnAction(e -> openInBrowser());
        engine.getLoadWorker().stateProperty().addListener((o, a, s) -> {
            if (s == Worker.State.SUCCEEDED) {
                loaded();
            }
        });
        engine.locationProperty().addListener((o, a, url) -> navigated(url));
        vm.pageProperty().addListener((o, a, p) -> load(p));
        vm.appended().addListener((ListChangeListener<String>) c -> applyAppended());
        vm.anchorProperty().addListener((o, a, id) -> {
            pendingAnchor = id;
            scrollToPending();
        });
        pendingAnchor = vm.anchorProperty().get();
        load(vm.pageProperty().get());
    }

    public VBox root() {
        return root;
    }

    public WebView webView() {
        return webView;
    }

    private String status() {
        PreviewViewModel.Page p = vm.pageProperty().get();
        if (p == null || p.threads() == 0) {
            return "";
        }
        int n = vm.shownProperty().get();
        return n < p.threads() ? n + " of " + p.threads() + " threads" : p.threads() + (p.threads() == 1 ? " thread" : " threads");
    }

    private void load(PreviewViewModel.Page p) {
        if (p == null) {
            return;
        }
        // an edit re-renders the page: keep the reader where they were (not across files)
        if (!java.util.Objects.equals(p.file(), file)) {
            restoreY = -1;
        } else if (loaded && restoreY < 0) {
            restoreY = scrollY();
        }
        file = p.file();
        loaded = false;
        applied = 0;
        engine.loadContent(p.html());
    }

    private void loaded() {
        loaded = true;
        Document doc = engine.getDocument();
        if (doc != null) {
            ((EventTarget) doc).addEventListener("click", e -> clicked(e), true);
        }
        applyAppended();
        if (pendingAnchor == null) {
            restoreScroll();
        }
    }

    private void applyAppended() {
        if (!loaded || engine.getDocument() == null) {
            return;
        }
        Element threads = engine.getDocument().getElementById("threads");
        while (applied < vm.appended().size()) {
            if (threads != null) {
                ((JSObject) threads).call("insertAdjacentHTML", "beforeend", vm.appended().get(applied));
            }
            applied++;
        }
        if (pendingAnchor != null) {
            scrollToPending();
        } else {
            restoreScroll();
            if (complete()) {
                // a shorter page cannot reach the old position: stop trying
                restoreY = -1;
            }
        }
    }

    private boolean complete() {
        PreviewViewModel.Page p = vm.pageProperty().get();
        int rest = p == null ? 0 : Math.max(0, p.threads() - PreviewViewModel.FIRST);
        return applied >= (rest + PreviewViewModel.CHUNK - 1) / PreviewViewModel.CHUNK;
    }

    /** Scrolls to the selected thread once its element exists (later threads arrive in chunks). */
    private void scrollToPending() {
        if (!loaded || pendingAnchor == null || engine.getDocument() == null) {
            return;
        }
        Element el = engine.getDocument().getElementById(pendingAnchor);
        if (el != null) {
            ((JSObject) el).call("scrollIntoView");
            pendingAnchor = null;
            restoreY = -1;
        }
    }

    private double scrollY() {
        Object y = window() == null ? null : window().getMember("scrollY");
        return y instanceof Number n ? n.doubleValue() : -1;
    }

    private void restoreScroll() {
        JSObject w = window();
        if (restoreY < 0 || w == null) {
            return;
        }
        w.call("scrollTo", 0, restoreY);
        if (Math.abs(scrollY() - restoreY) < 1) {
            restoreY = -1;
        }
    }

    private JSObject window() {
        Document doc = engine.getDocument();
        return doc == null ? null : (JSObject) ((JSObject) doc).getMember("defaultView");
    }

    /** Links never navigate the pane: page anchors scroll, web and mail links go to the system. */
    private void clicked(org.w3c.dom.events.Event e) {
        Node n = (Node) e.getTarget();
        while (n != null && !(n instanceof Element el && "A".equalsIgnoreCase(el.getTagName()))) {
            n = n.getParentNode();
        }
        if (n == null) {
            return;
        }
        e.preventDefault();
        String href = ((Element) n).getAttribute("href");
        if (href != null && href.startsWith("#") && href.length() > 1) {
            pendingAnchor = href.substring(1);
            scrollToPending();
        } else if (Browser.external(href)) {
            browser.accept(href.strip());
        }
    }

    /** A navigation that got past the click filter: hand it out and show the page again. */
    private void navigated(String url) {
        if (url == null || url.isEmpty() || url.startsWith("about:") || url.startsWith("data:")) {
            return;
        }
        if (Browser.external(url)) {
            browser.accept(url);
        }
        Platform.runLater(() -> {
            engine.getLoadWorker().cancel();
            load(vm.pageProperty().get());
        });
    }

    private void openInBrowser() {
        PreviewViewModel.Standalone page = vm.standalone();
        if (page == null) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Path file = Files.createTempFile("archivist-preview-", ".html");
                Files.writeString(file, page.html());
                file.toFile().deleteOnExit();
                browser.accept(file.toUri().toString());
            } catch (IOException | RuntimeException e) {
                System.getLogger("archivist").log(System.Logger.Level.WARNING, "cannot write the preview", e);
            }
        }, "archivist-preview-export");
        t.setDaemon(true);
        t.start();
    }
}
