package dev.archivist.gui.body;

import dev.archivist.gui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Edits the page's Markdown body. */
public final class BodyView {
    private final VBox root;

    @FXML private TextArea bodyArea;

    public BodyView(BodyViewModel vm) {
        this.root = Fxml.load("body", this);
        bodyArea.textProperty().bindBidirectional(vm.bodyProperty());
        bodyArea.disableProperty().bind(vm.availableProperty().not());
        bodyArea.focusedProperty().addListener((o, a, b) -> vm.seal());
    }

    public VBox root() {
        return root;
    }
}
