package dev.archivist.gui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML from {@code /fxml/<name>.fxml} with the view itself as controller. */
public final class Fxml {

    private Fxml() {
    }

    public static <T extends Parent> T load(String name, Object controller) {
        URL url = Fxml.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("missing /fxml/" + name + ".fxml on the class path");
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/" + name + ".fxml", e);
        }
    }
}
