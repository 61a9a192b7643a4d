package dev.archivist.gui.names;

import dev.archivist.gui.common.Fxml;
import dev.archivist.model.Edit;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The Names view: clusters of spellings, the name to keep, the spellings to rename, Rename. */
public final class NamesView {
    private final NamesViewModel vm;
    private final VBox root;

    @FXML private Label countLabel;
    @FXML private ListView<ClusterRow> clusterList;
    @FXML private Label emptyLabel;
    @FXML private VBox detailsBox;
    @FXML private ComboBox<String> canonicalBox;
    @FXML private VBox spellingsBox;
    @FXML private Label planLabel;
    @FXML private Button applyButton;

    public NamesView(NamesViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("names", this);
        clusterList.setItems(vm.clusters());
        clusterList.setCellFactory(l -> new ClusterCell());
        clusterList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> show(b));
        emptyLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.clusters()));
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.clusters().isEmpty() ? "" : Integer.toString(vm.clusters().size()), vm.clusters()));
        canonicalBox.valueProperty().bindBidirectional(vm.canonicalProperty());
        canonicalBox.getEditor().textProperty().addListener((o, a, b) -> {
            vm.canonicalProperty().set(b);
            updatePlan();
        });
        applyButton.setOnAction(e -> vm.apply());
        show(vm.selectedProperty().get());
    }

    public VBox root() {
        return root;
    }

    private void show(ClusterRow c) {
        detailsBox.setVisible(c != null);
        if (c == null) {
            return;
        }
        clusterList.getSelectionModel().select(c);
        canonicalBox.getItems().setAll(c.spellings().contains(c.suggested()) ? c.spellings()
                : prepend(c.suggested(), c.spellings()));
        canonicalBox.setValue(vm.canonicalProperty().get());
        spellingsBox.getChildren().clear();
        for (int i = 0; i < c.spellings().size(); i++) {
            String s = c.spellings().get(i);
            int n = c.uses().get(i);
            CheckBox box = new CheckBox(s + "  ·  " + n + (n == 1 ? " message" : " messages"));
            box.setMnemonicParsing(false);
            box.setUserData(s);
            box.selectedProperty().bindBidirectional(vm.tickedProperty(s));
            box.selectedProperty().addListener((o, a, b) -> updatePlan());
            spellingsBox.getChildren().add(box);
        }
        updatePlan();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new java.util.ArrayList<>(rest);
        out.add(0, first);
        return out;
    }

    private void updatePlan() {
        for (var n : spellingsBox.getChildren()) {
            CheckBox box = (CheckBox) n;
            boolean keep = box.getUserData().equals(vm.canonicalProperty().get() == null ? "" : vm.canonicalProperty().get().strip());
            box.setDisable(keep);
        }
        List<Edit> plan = vm.plan();
        long names = plan.stream().filter(e -> "name".equals(e.path().last()) || "authors".equals(e.path().segments().get(0))).count();
        long mentions = plan.size() - names;
        planLabel.setText(plan.isEmpty() ? "Nothing to rename." : "Renames " + names + (names == 1 ? " name" : " names")
                + (mentions > 0 ? " and " + mentions + (mentions == 1 ? " text mentioning it" : " texts mentioning it") : "")
                + ", as one step you can undo.");
        applyButton.setDisable(plan.isEmpty());
    }

    private static String plural(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** A cluster: the suggested name and how many spellings and uses it gathers. */
    private static final class ClusterCell extends ListCell<ClusterRow> {
        ClusterCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ClusterRow c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.suggested() + "   ·   " + plural(c.spellings().size(), "spelling") + ", "
                    + plural(c.totalUses(), "message"));
        }
    }
}
