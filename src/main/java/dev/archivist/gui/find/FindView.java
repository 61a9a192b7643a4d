package dev.archivist.gui.find;

import dev.archivist.edit.Replace;
import dev.archivist.gui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The Find pane: the query, the matches with their places, Replace and Replace All. */
public final class FindView {
    private final FindViewModel vm;
    private final VBox root;

    @FXML private Label countLabel;
    @FXML private TextField findField;
    @FXML private TextField withField;
    @FXML private ComboBox<FindScope> scopeBox;
    @FXML private CheckBox caseBox;
    @FXML private CheckBox wordBox;
    @FXML private CheckBox regexBox;
    @FXML private Label messageLabel;
    @FXML private ListView<Replace.Match> matchList;
    @FXML private Button replaceButton;
    @FXML private Button replaceAllButton;

    public FindView(FindViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("find", this);
        findField.textProperty().bindBidirectional(vm.findProperty());
        withField.textProperty().bindBidirectional(vm.withProperty());
        scopeBox.getItems().setAll(FindScope.values());
        scopeBox.valueProperty().bindBidirectional(vm.scopeProperty());
        caseBox.selectedProperty().bindBidirectional(vm.matchCaseProperty());
        wordBox.selectedProperty().bindBidirectional(vm.wordProperty());
        regexBox.selectedProperty().bindBidirectional(vm.regexProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> messageLabel.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), b));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> vm.matches().isEmpty() ? "" : Integer.toString(vm.matches().size()), vm.matches()));
        matchList.setItems(vm.matches());
        matchList.setCellFactory(l -> new MatchCell());
        matchList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
            vm.reveal(b, false);
        });
        vm.selectedProperty().addListener((o, a, b) -> select(b));
        matchList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.reveal(vm.selectedProperty().get(), true);
            }
        });
        matchList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.reveal(vm.selectedProperty().get(), true);
                e.consume();
            }
        });
        // Enter in the fields: the first match, or replace it and go to the next
        findField.setOnAction(e -> matchList.getSelectionModel().selectFirst());
        withField.setOnAction(e -> vm.replace());
        replaceButton.setOnAction(e -> vm.replace());
        replaceButton.disableProperty().bind(vm.selectedProperty().isNull());
        replaceAllButton.setOnAction(e -> vm.replaceAll());
        replaceAllButton.disableProperty().bind(Bindings.isEmpty(vm.matches()));
        select(vm.selectedProperty().get());
    }

    public VBox root() {
        return root;
    }

    /** Puts the keyboard in the Find field with its text selected, as Ctrl+H does; {@code text} pre-fills it. */
    public void focus(String text) {
        if (text != null && !text.isEmpty() && !text.contains("\n")) {
            findField.setText(text);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    private void select(Replace.Match m) {
        if (m == null) {
            matchList.getSelectionModel().clearSelection();
        } else if (matchList.getSelectionModel().getSelectedItem() != m) {
            matchList.getSelectionModel().select(m);
            matchList.scrollTo(Math.max(0, matchList.getSelectionModel().getSelectedIndex() - 2));
        }
    }
}
