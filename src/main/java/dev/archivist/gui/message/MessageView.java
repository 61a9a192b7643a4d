package dev.archivist.gui.message;

import dev.archivist.gui.common.Completion;
import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Edits the selected message: its name (with completion) and its text. */
public final class MessageView {
    private final MessageViewModel vm;
    private final StackPane root;

    @FXML private VBox editorBox;
    @FXML private Label headingLabel;
    @FXML private Label pathLabel;
    @FXML private ToggleButton monospaceToggle;
    @FXML private TextField nameField;
    @FXML private TextArea textArea;
    @FXML private Label statsLabel;
    @FXML private Label placeholderLabel;

    public MessageView(MessageViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("message", this);
        editorBox.visibleProperty().bind(vm.availableProperty());
        placeholderLabel.visibleProperty().bind(vm.availableProperty().not());
        headingLabel.textProperty().bind(vm.headingProperty());
        pathLabel.textProperty().bind(vm.placeProperty().asString());
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        textArea.textProperty().bindBidirectional(vm.textProperty());
        monospaceToggle.selectedProperty().bindBidirectional(vm.monospaceProperty());
        vm.monospaceProperty().addListener((o, a, b) -> monospace(b));
        monospace(vm.monospaceProperty().get());
        Completion.bind(nameField, vm::suggestNames);
        nameField.focusedProperty().addListener((o, a, b) -> vm.seal());
        textArea.focusedProperty().addListener((o, a, b) -> vm.seal());
        textArea.textProperty().addListener((o, a, b) -> stats(b));
        stats(textArea.getText());
    }

    public StackPane root() {
        return root;
    }

    public TextArea textArea() {
        return textArea;
    }

    public TextField nameField() {
        return nameField;
    }

    private void monospace(boolean on) {
        if (on) {
            textArea.getStyleClass().add(Css.MONOSPACE);
        } else {
            textArea.getStyleClass().remove(Css.MONOSPACE);
        }
    }

    private void stats(String text) {
        String t = text == null ? "" : text;
        long lines = t.isEmpty() ? 0 : t.chars().filter(c -> c == '\n').count() + 1;
        statsLabel.setText(t.length() + " characters · " + lines + (lines == 1 ? " line" : " lines"));
    }
}
