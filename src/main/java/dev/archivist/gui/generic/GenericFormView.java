package dev.archivist.gui.generic;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.metadata.OtherKeysPane;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Every key of a page in the generic editor (text, or YAML for lists and mappings). */
public final class GenericFormView {
    private final ScrollPane root;

    public GenericFormView(GenericFormViewModel vm) {
        Label title = new Label("Page");
        title.getStyleClass().add("title-4");
        Label note = new Label("Archivist has no form for this collection: every key is edited as text or YAML");
        note.getStyleClass().add(Css.MUTED);
        note.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setId("keysGrid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(140), value, new ColumnConstraints(64), new ColumnConstraints(40));
        TextField newKey = new TextField();
        newKey.setPromptText("new key");
        newKey.setPrefWidth(140);
        TextField newValue = new TextField();
        newValue.setPromptText("value (text or YAML)");
        HBox.setHgrow(newValue, Priority.ALWAYS);
        Button add = new Button("Add key");
        add.getStyleClass().add("small");
        HBox adder = new HBox(8, newKey, newValue, add);
        new OtherKeysPane(vm.keys(), grid, newKey, newValue, add);
        VBox box = new VBox(14, title, note, grid, adder);
        box.getStyleClass().add(Css.FORM);
        box.setPadding(new Insets(14, 22, 22, 18));
        box.disableProperty().bind(vm.availableProperty().not());
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.getStyleClass().add("metadata-scroll");
    }

    public ScrollPane root() {
        return root;
    }
}
