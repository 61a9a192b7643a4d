package dev.archivist.gui.site;

import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.review.DiffCell;
import dev.archivist.gui.review.DiffRow;
import dev.archivist.gui.review.ReviewDiffs;
import dev.archivist.gui.review.ReviewView;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The site-wide review window: progress and Stop while computing, then the pages (tick to write) and each one's diff, Apply. */
public final class SiteReviewView {
    private final SiteChangeViewModel vm;
    private final BorderPane root;
    private Stage stage;

    @FXML private Label titleLabel;
    @FXML private ToggleButton unifiedToggle;
    @FXML private ToggleButton sideToggle;
    @FXML private ProgressBar progressBar;
    @FXML private Label summaryLabel;
    @FXML private Button allButton;
    @FXML private Button noneButton;
    @FXML private ListView<PageRow> pageList;
    @FXML private ListView<DiffRow> diffList;
    @FXML private Button stopButton;
    @FXML private Button closeButton;
    @FXML private Button applyButton;

    public SiteReviewView(SiteChangeViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("site-review", this);
        titleLabel.textProperty().bind(vm.titleProperty());
        summaryLabel.textProperty().bind(vm.summaryProperty());
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(700);
        why.textProperty().bind(vm.notReadProperty());
        vm.notReadProperty().addListener((o, a, b) -> summaryLabel.setTooltip(b.isEmpty() ? null : why));
        progressBar.progressProperty().bind(vm.progressProperty());
        progressBar.visibleProperty().bind(vm.runningProperty());
        progressBar.managedProperty().bind(vm.runningProperty());
        ReviewView.layoutToggles(unifiedToggle, sideToggle, vm.sideBySideProperty());
        pageList.setItems(vm.rows());
        pageList.setCellFactory(l -> new PageCell());
        pageList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && pageList.getSelectionModel().getSelectedItem() != b) {
                pageList.getSelectionModel().select(b);
            }
        });
        diffList.setCellFactory(l -> new DiffCell(vm.sideBySideProperty()));
        diffList.setFixedCellSize(22);
        vm.diffProperty().addListener((o, a, b) -> rows());
        vm.sideBySideProperty().addListener((o, a, b) -> rows());
        allButton.setOnAction(e -> vm.rows().forEach(r -> r.tickedProperty().set(true)));
        noneButton.setOnAction(e -> vm.rows().forEach(r -> r.tickedProperty().set(false)));
        stopButton.visibleProperty().bind(vm.runningProperty());
        stopButton.managedProperty().bind(vm.runningProperty());
        stopButton.setOnAction(e -> vm.cancel());
        closeButton.setOnAction(e -> close());
        applyButton.disableProperty().bind(vm.runningProperty().or(Bindings.isEmpty(vm.rows())));
        applyButton.setOnAction(e -> {
            vm.apply();
            close();
        });
    }

    public BorderPane root() {
        return root;
    }

    /** Opens the window over the editor (the same window each time); closing it while computing stops the work. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.titleProperty().bind(Bindings.concat(vm.titleProperty(), " — review — Archivist"));
            Scene scene = new Scene(root, Math.max(980, owner.getWidth() * 0.85), Math.max(600, owner.getHeight() * 0.85));
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
            stage.setOnHidden(e -> vm.cancel());
        }
        stage.show();
        stage.toFront();
    }

    private void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void rows() {
        ReviewDiffs.Result d = vm.diffProperty().get();
        diffList.getItems().setAll(d == null ? java.util.List.of() : vm.sideBySideProperty().get() ? d.sideBySide() : d.unified());
    }

    /** A page: its tick box and name in the folder, and how many things change at the row's right end. */
    private static final class PageCell extends ListCell<PageRow> {
        private final CheckBox box = new CheckBox();
        private final Label count = new Label();
        private final javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, box, count);
        private PageRow bound;

        PageCell() {
            box.setMnemonicParsing(false);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            javafx.scene.layout.HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
            count.getStyleClass().add("muted");
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PageRow item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.tickedProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.tickedProperty());
            box.setText(item.name());
            box.setUserData(item.name());
            count.setText(Integer.toString(item.page().count()));
            setGraphic(row);
        }
    }
}
