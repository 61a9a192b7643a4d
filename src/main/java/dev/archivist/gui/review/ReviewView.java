package dev.archivist.gui.review;

import dev.archivist.gui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Review changes" window: the diff in either layout, and Save. */
public final class ReviewView {
    private final ReviewViewModel vm;
    private final BorderPane root;
    private Stage stage;

    @FXML private Label titleLabel;
    @FXML private ToggleButton unifiedToggle;
    @FXML private ToggleButton sideToggle;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private ListView<DiffRow> diffList;
    @FXML private Button closeButton;
    @FXML private Button saveButton;

    /** @param save saves the page; the window closes when it returns */
    public ReviewView(ReviewViewModel vm, Runnable save) {
        this(vm, "Save", save);
    }

    /** @param saveText the label of the button that runs {@code save} (Restore, for recovered edits) */
    public ReviewView(ReviewViewModel vm, String saveText, Runnable save) {
        this.vm = vm;
        this.root = Fxml.load("review", this);
        titleLabel.setText(vm.title());
        saveButton.setText(saveText);
        layoutToggles(unifiedToggle, sideToggle, vm.sideBySideProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        errorLabel.textProperty().bind(vm.errorProperty());
        errorLabel.visibleProperty().bind(vm.errorProperty().isNotNull());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        diffList.setCellFactory(l -> new DiffCell(vm.sideBySideProperty()));
        diffList.setFixedCellSize(22);
        vm.diffProperty().addListener((o, a, b) -> rows());
        vm.sideBySideProperty().addListener((o, a, b) -> rows());
        closeButton.setOnAction(e -> close());
        saveButton.setOnAction(e -> {
            // save only what was reviewed: an edit or a fix that landed since is shown first
            if (vm.current()) {
                save.run();
                close();
            } else {
                vm.compute();
            }
        });
        saveButton.disableProperty().bind(vm.diffProperty().isNull());
    }

    /** The Unified / Side by side pair: one of them always pressed, the second bound to {@code sideBySide}. */
    public static void layoutToggles(ToggleButton unified, ToggleButton side, javafx.beans.property.BooleanProperty sideBySide) {
        ToggleGroup layout = new ToggleGroup();
        unified.setToggleGroup(layout);
        side.setToggleGroup(layout);
        side.selectedProperty().bindBidirectional(sideBySide);
        layout.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
    }

    private void rows() {
        ReviewDiffs.Result d = vm.diffProperty().get();
        diffList.getItems().setAll(d == null ? java.util.List.of() : vm.sideBySideProperty().get() ? d.sideBySide() : d.unified());
    }

    public BorderPane root() {
        return root;
    }

    /** Opens the window over the editor and starts comparing. */
    public void show(Window owner) {
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.title() + " — Archivist");
        Scene scene = new Scene(root, Math.max(900, owner.getWidth() * 0.8), Math.max(560, owner.getHeight() * 0.8));
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        vm.compute();
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }
}
