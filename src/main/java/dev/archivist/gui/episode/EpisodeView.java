package dev.archivist.gui.episode;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.common.Icons;
import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.metadata.DateFields;
import dev.archivist.gui.metadata.Marks;
import dev.archivist.gui.metadata.OtherKeysPane;
import dev.archivist.gui.metadata.PeoplePane;
import dev.archivist.gui.metadata.Pictures;
import dev.archivist.model.YamlPath;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.glyphfont.FontAwesome;

/** The episode form: texts, numbers, image, dates, duration, guests, topics, ids, links, clips, other keys. */
public final class EpisodeView {
    private final EpisodeViewModel vm;
    private final ScrollPane root;
    private final Marks marks = new Marks();
    private String durationError;

    @FXML private VBox formBox;
    @FXML private TextField titleField;
    @FXML private TextField shortField;
    @FXML private TextField seasonField;
    @FXML private TextField episodeField;
    @FXML private TextField durationField;
    @FXML private Label durationRaw;
    @FXML private TextField imageField;
    @FXML private javafx.scene.image.ImageView imageThumb;
    @FXML private Label imageWarning;
    @FXML private DatePicker dateAddedPicker;
    @FXML private Label dateAddedRaw;
    @FXML private DatePicker datePicker;
    @FXML private Label dateRaw;
    @FXML private TextArea descriptionArea;
    @FXML private TextArea introArea;
    @FXML private FlowPane guestsPane;
    @FXML private FlowPane topicsPane;
    @FXML private GridPane idsGrid;
    @FXML private GridPane linksGrid;
    @FXML private GridPane clipsGrid;
    @FXML private TitledPane clipsPane;
    private final ClipsPane clips;
    @FXML private GridPane othersGrid;
    @FXML private TextField newKeyField;
    @FXML private TextField newValueField;
    @FXML private Button addKeyButton;

    public EpisodeView(EpisodeViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("episode", this);
        formBox.disableProperty().bind(vm.availableProperty().not());
        text(titleField, vm.title());
        text(shortField, vm.shortTitle());
        text(seasonField, vm.season());
        text(episodeField, vm.episode());
        text(imageField, vm.image());
        text(descriptionArea, vm.description());
        text(introArea, vm.intro());
        Pictures.bind(vm.image(), imageThumb, imageWarning, vm::resolve);
        DateFields.bind(vm.dateAdded(), dateAddedPicker, null, dateAddedRaw, (d, t) -> vm.setDate(vm.dateAdded(), d));
        DateFields.bind(vm.date(), datePicker, null, dateRaw, (d, t) -> vm.setDate(vm.date(), d));
        duration();
        new PeoplePane(vm.guests(), guestsPane);
        new PlatformsPane(vm, EpisodeViewModel.IDS, vm.ids(), idsGrid);
        new PlatformsPane(vm, EpisodeViewModel.LINKS, vm.links(), linksGrid);
        clips = new ClipsPane(vm, clipsPane, clipsGrid);
        new OtherKeysPane(vm.others(), othersGrid, newKeyField, newValueField, addKeyButton);
        vm.topics().addListener((ListChangeListener<String>) c -> topics());
        topics();
        marks.watch(titleField, () -> vm.title().get().isBlank() ? List.of("The episode needs a title") : List.of(),
                () -> vm.problemsAt(YamlPath.of("title")));
        integer(seasonField, vm.season(), "season");
        integer(episodeField, vm.episode(), "episode");
        marks.watch(imageField, List::of, () -> vm.problemsAt(YamlPath.of("image")));
        marks.watch(introArea, List::of, () -> vm.problemsAt(YamlPath.of("intro")));
        marks.watch(descriptionArea, List::of, () -> vm.problemsAt(YamlPath.of("description")));
        marks.watch(durationField, () -> durationError == null ? List.of() : List.of(durationError),
                () -> vm.problemsAt(YamlPath.of(EpisodeViewModel.DURATION)));
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
    }

    public ScrollPane root() {
        return root;
    }

    /** Scrolls to the field of a top-level key (a problem was selected), focusing it when asked. */
    public void focus(String key, boolean focus) {
        Node n = switch (key) {
            case "title" -> titleField;
            case "short" -> shortField;
            case "season" -> seasonField;
            case "episode" -> episodeField;
            case "duration" -> durationField;
            case "image" -> imageField;
            case "dateadded" -> dateAddedPicker;
            case "date" -> datePicker;
            case "description" -> descriptionArea;
            case "intro" -> introArea;
            case "guests" -> guestsPane;
            case "topics" -> topicsPane;
            case "ids" -> idsGrid;
            case "links" -> linksGrid;
            case "quotableClips" -> clipsPane;
            default -> othersGrid;
        };
        if (n == clipsPane) {
            clips.open();
            root.layout();
        }
        if (focus) {
            n.requestFocus();
        }
        double y = n.localToScene(0, 0).getY() - formBox.localToScene(0, 0).getY();
        root.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, formBox.getHeight() - root.getViewportBounds().getHeight()))));
    }

    private static void text(TextInputControl control, BoundText field) {
        control.textProperty().bindBidirectional(field.valueProperty());
    }

    private void integer(TextField field, BoundText value, String key) {
        marks.watch(field, () -> {
            String error = EpisodeViewModel.integerError(value.get());
            return error == null ? List.of() : List.of(error);
        }, () -> vm.problemsAt(YamlPath.of(key)));
        value.valueProperty().addListener((o, a, b) -> marks.refresh());
    }

    private void duration() {
        durationField.setText(vm.durationProperty().get());
        durationRaw.textProperty().bind(vm.durationWrittenProperty());
        vm.durationProperty().addListener((o, a, b) -> {
            durationField.setText(b);
            durationError = null;
            marks.refresh();
        });
        Runnable commit = () -> {
            if (!durationField.getText().equals(vm.durationProperty().get())) {
                durationError = vm.setDuration(durationField.getText());
                marks.refresh();
            }
        };
        durationField.setOnAction(e -> commit.run());
        durationField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private void topics() {
        topicsPane.getChildren().clear();
        List<String> topics = vm.topics();
        for (int i = 0; i < topics.size(); i++) {
            int index = i;
            Button remove = new Button();
            remove.setGraphic(Icons.of(FontAwesome.Glyph.CLOSE));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setAccessibleText("Remove " + topics.get(i));
            remove.setOnAction(e -> vm.removeTopic(index));
            HBox chip = new HBox(6, new Label(topics.get(i)), remove);
            chip.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            chip.getStyleClass().add(Css.CHIP);
            topicsPane.getChildren().add(chip);
        }
        TextField add = new TextField();
        add.setPromptText("Add topic");
        add.setPrefColumnCount(12);
        add.setOnAction(e -> vm.addTopic(add.getText()));
        topicsPane.getChildren().add(add);
    }
}
