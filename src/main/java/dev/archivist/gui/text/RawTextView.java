package dev.archivist.gui.text;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.model.LineIndex;
import dev.archivist.model.ParseError;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;

/** A page that did not parse, as text: the error, its line selected, and Parse again. */
public final class RawTextView {
    private final RawTextViewModel vm;
    private final VBox root;

    @FXML private Label errorIcon;
    @FXML private Label errorTitle;
    @FXML private Label errorLabel;
    @FXML private Label hintLabel;
    @FXML private Button goToButton;
    @FXML private Button parseButton;
    @FXML private TextArea rawArea;
    @FXML private Label caretLabel;

    public RawTextView(RawTextViewModel vm, Runnable parseAgain) {
        this.vm = vm;
        this.root = Fxml.load("raw-text", this);
        errorIcon.setGraphic(Icons.of(FontAwesome.Glyph.EXCLAMATION_TRIANGLE, Css.DANGER));
        rawArea.textProperty().bindBidirectional(vm.textProperty());
        boolean text = vm.hasText();
        rawArea.setEditable(text);
        rawArea.setDisable(!text);
        parseButton.setDisable(!text);
        goToButton.setDisable(!text);
        if (!text) {
            errorTitle.setText("This file cannot be opened");
            hintLabel.setText("It is not a text page Archivist can show (empty, binary, or not valid text). Nothing was changed.");
        }
        parseButton.setOnAction(e -> parseAgain.run());
        goToButton.setOnAction(e -> goToError());
        vm.errorProperty().addListener((o, a, b) -> {
            showError(b);
            goToError();
        });
        rawArea.caretPositionProperty().addListener((o, a, b) -> caret());
        showError(vm.errorProperty().get());
        Platform.runLater(this::goToError);
    }

    public VBox root() {
        return root;
    }

    public TextArea textArea() {
        return rawArea;
    }

    private void showError(ParseError e) {
        errorLabel.setText(e == null ? "" : e.line() > 0
                ? "Line " + e.line() + ", column " + e.column() + ": " + e.message() : e.message());
    }

    /** Selects the error's line and puts the caret at its column. */
    public void goToError() {
        int[] range = vm.errorRange();
        if (range == null) {
            return;
        }
        rawArea.requestFocus();
        rawArea.selectRange(range[0], range[1]);
        int lineHeight = 18;
        ParseError e = vm.errorProperty().get();
        rawArea.setScrollTop(Math.max(0, (e.line() - 8) * lineHeight));
    }

    private void caret() {
        String t = rawArea.getText();
        int pos = rawArea.getCaretPosition();
        if (t == null || t.length() > 2_000_000) {
            caretLabel.setText("");
            return;
        }
        LineIndex lines = new LineIndex(t.substring(0, Math.min(pos, t.length())));
        caretLabel.setText("Line " + lines.lineCount() + ", column " + lines.column(pos));
    }
}
