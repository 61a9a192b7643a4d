package dev.archivist.gui.transcript;

import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.metadata.Marks;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Edits the selected transcript line (who, time, text) or section header, in the Message tab. */
public final class TranscriptLineView {
    private final StackPane root;
    private final Marks marks = new Marks();

    @FXML private VBox editorBox;
    @FXML private Label headingLabel;
    @FXML private HBox speakerBox;
    @FXML private TextField whoField;
    @FXML private TextField timeField;
    @FXML private Label secondsLabel;
    @FXML private Label textLabel;
    @FXML private TextArea lineArea;
    @FXML private Label placeholderLabel;

    public TranscriptLineView(TranscriptLineViewModel vm) {
        this.root = Fxml.load("transcript-line", this);
        editorBox.visibleProperty().bind(vm.availableProperty());
        placeholderLabel.visibleProperty().bind(vm.availableProperty().not());
        headingLabel.textProperty().bind(vm.headingProperty());
        speakerBox.visibleProperty().bind(vm.headerProperty().not());
        speakerBox.managedProperty().bind(vm.headerProperty().not());
        textLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.headerProperty()).then("Header").otherwise("Text"));
        secondsLabel.textProperty().bind(vm.secondsProperty());
        whoField.textProperty().bindBidirectional(vm.who().valueProperty());
        lineArea.textProperty().bindBidirectional(vm.text().valueProperty());
        for (var field : new javafx.scene.control.TextInputControl[] {whoField, lineArea}) {
            field.focusedProperty().addListener((o, a, b) -> vm.seal());
        }
        // a time is written when committed, with its seconds; one typed halfway is not a time yet
        timeField.textProperty().bindBidirectional(vm.timeProperty());
        timeField.setOnAction(e -> vm.commitTime());
        timeField.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.commitTime();
            }
        });
        timeField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.revertTime()) {
                e.consume();
            }
        });
        marks.watch(timeField, () -> vm.timeErrorProperty().get().isEmpty() ? List.of() : List.of(vm.timeErrorProperty().get()),
                List::of);
        vm.timeErrorProperty().addListener((o, a, b) -> marks.refresh());
    }

    public StackPane root() {
        return root;
    }

    public TextArea lineArea() {
        return lineArea;
    }

    /** Where the caret stands in the line's text, for a split. */
    public int caret() {
        return lineArea.getCaretPosition();
    }
}
