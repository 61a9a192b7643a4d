package dev.archivist.gui.help;

import dev.archivist.check.explain.KindExplanation;
import dev.archivist.check.explain.KindExplanations;
import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.model.Kind;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → Problem Kinds: every kind with what it means, how it is fixed and its example, the same
 * text as {@code explain KIND}. One window, kept open beside the editor.
 */
public final class ProblemKindsView {
    private final SplitPane root;
    private Stage stage;

    @FXML private ListView<Kind> kindList;
    @FXML private ScrollPane detailScroll;
    @FXML private Label titleLabel;
    @FXML private Label idLabel;
    @FXML private TextFlow summaryFlow;
    @FXML private VBox paragraphBox;
    @FXML private TextFlow fixFlow;
    @FXML private Label whereLabel;
    @FXML private Label beforeHeading;
    @FXML private Label beforeText;
    @FXML private VBox afterBox;
    @FXML private Label afterText;

    public ProblemKindsView() {
        this.root = Fxml.load("problem-kinds", this);
        kindList.getItems().setAll(Kind.values());
        kindList.setCellFactory(l -> new KindCell());
        kindList.getSelectionModel().selectedItemProperty().addListener((o, a, k) -> {
            if (k != null) {
                explain(KindExplanations.of(k));
            }
        });
    }

    public SplitPane root() {
        return root;
    }

    /** Shows the window over the editor (or brings it to the front) with the kind selected. */
    public void show(Window owner, Kind kind) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Problem Kinds");
            Scene scene = new Scene(root, 980, 640);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.setScene(scene);
        }
        kindList.getSelectionModel().select(kind);
        kindList.scrollTo(Math.max(0, kindList.getSelectionModel().getSelectedIndex() - 3));
        stage.show();
        stage.toFront();
    }

    private void explain(KindExplanation e) {
        titleLabel.setText(e.kind().title());
        idLabel.setText(e.kind().id() + "  ·  " + e.fixing().label());
        summaryFlow.getChildren().setAll(runs(e.summary()));
        paragraphBox.getChildren().clear();
        for (String p : e.paragraphs()) {
            TextFlow flow = new TextFlow();
            flow.getChildren().setAll(runs(p));
            paragraphBox.getChildren().add(flow);
        }
        // "Fix: safe." stands out; the rest of the paragraph says how
        String head = e.fix().substring(0, "Fix: ".length() + e.fixing().label().length() + 1);
        Text fixing = new Text(head);
        fixing.getStyleClass().addAll("kind-text", "kind-fixing");
        fixFlow.getChildren().setAll(fixing);
        fixFlow.getChildren().addAll(runs(e.fix().substring(head.length())));
        whereLabel.setText("Example on " + e.example().where() + ":");
        beforeHeading.setText(e.example().after() == null ? "Reported in" : "Before");
        beforeText.setText(e.example().before().stripTrailing());
        afterBox.setVisible(e.example().after() != null);
        afterBox.setManaged(e.example().after() != null);
        afterText.setText(e.example().after() == null ? "" : e.example().after().stripTrailing());
        detailScroll.setVvalue(0);
    }

    /** A paragraph as text runs, what stands between backticks in the code font. */
    static List<Text> runs(String paragraph) {
        List<Text> out = new ArrayList<>();
        String[] parts = paragraph.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                Text t = new Text(parts[i]);
                t.getStyleClass().add(i % 2 == 1 ? "kind-code" : "kind-text");
                out.add(t);
            }
        }
        return out;
    }

    /** A kind's id over its title. */
    private static final class KindCell extends ListCell<Kind> {
        private final Label id = new Label();
        private final Label title = new Label();
        private final VBox box = new VBox(1, id, title);

        KindCell() {
            title.getStyleClass().add(Css.MUTED);
            id.getStyleClass().add("kind-id");
        }

        @Override
        protected void updateItem(Kind k, boolean empty) {
            super.updateItem(k, empty);
            if (empty || k == null) {
                setGraphic(null);
            } else {
                id.setText(k.id());
                title.setText(k.title());
                setGraphic(box);
            }
        }
    }
}
