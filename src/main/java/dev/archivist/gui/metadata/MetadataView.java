package dev.archivist.gui.metadata;

import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.editor.BoundText;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The metadata form: title, description, cover and image with thumbnails, dates, authors, links, other keys. */
public final class MetadataView {
    private final MetadataViewModel vm;
    private final ScrollPane root;
    private final Marks marks = new Marks();

    @FXML private VBox formBox;
    @FXML private TextField titleField;
    @FXML private TextArea descriptionArea;
    @FXML private TextField coverField;
    @FXML private ImageView coverThumb;
    @FXML private Label coverWarning;
    @FXML private TextField imageField;
    @FXML private ImageView imageThumb;
    @FXML private Label imageWarning;
    @FXML private DatePicker startDate;
    @FXML private TextField startTime;
    @FXML private Label startRaw;
    @FXML private DatePicker endDate;
    @FXML private TextField endTime;
    @FXML private Label endRaw;
    @FXML private FlowPane authorsPane;
    @FXML private Button addLinkButton;
    @FXML private GridPane linksGrid;
    @FXML private GridPane othersGrid;
    @FXML private TextField newKeyField;
    @FXML private TextField newValueField;
    @FXML private Button addKeyButton;

    public MetadataView(MetadataViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("metadata", this);
        formBox.disableProperty().bind(vm.availableProperty().not());
        titleField.textProperty().bindBidirectional(vm.title().valueProperty());
        descriptionArea.textProperty().bindBidirectional(vm.description().valueProperty());
        coverField.textProperty().bindBidirectional(vm.cover().valueProperty());
        imageField.textProperty().bindBidirectional(vm.image().valueProperty());
        Pictures.bind(vm.cover(), coverThumb, coverWarning, vm::resolve);
        Pictures.bind(vm.image(), imageThumb, imageWarning, vm::resolve);
        DateFields.bind(vm.start(), startDate, startTime, startRaw, (d, t) -> vm.setTimestamp(vm.start(), d, t));
        DateFields.bind(vm.end(), endDate, endTime, endRaw, (d, t) -> vm.setTimestamp(vm.end(), d, t));
        new PeoplePane(vm.authorList(), authorsPane);
        new LinksPane(vm, linksGrid, addLinkButton);
        new OtherKeysPane(vm.otherKeys(), othersGrid, newKeyField, newValueField, addKeyButton);
        marks.watch(titleField, () -> vm.title().get().isBlank() ? List.of("The page needs a title") : List.of(),
                () -> vm.problemsAt(YamlPath.of("title")));
        marks.watch(descriptionArea, List::of, () -> vm.problemsAt(YamlPath.of("description")));
        marks.watch(coverField, List::of, () -> vm.problemsAt(YamlPath.of("cover")));
        marks.watch(imageField, List::of, () -> vm.problemsAt(YamlPath.of("image")));
        marks.watch(startDate, () -> dateErrors(vm.start(), "start"), () -> vm.problemsAt(YamlPath.of("start")));
        marks.watch(endDate, () -> dateErrors(vm.end(), "end"), () -> vm.problemsAt(YamlPath.of("end")));
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
        vm.start().valueProperty().addListener((o, a, b) -> marks.refresh());
        vm.end().valueProperty().addListener((o, a, b) -> marks.refresh());
    }

    public ScrollPane root() {
        return root;
    }

    /** Scrolls to the field of a top-level key (a problem was selected), focusing it when asked. */
    public void focus(String key, boolean focus) {
        Node n = switch (key) {
            case "title" -> titleField;
            case "description" -> descriptionArea;
            case "cover" -> coverField;
            case "image" -> imageField;
            case "start" -> startDate;
            case "end" -> endDate;
            case "authors" -> authorsPane;
            case "links" -> linksGrid;
            default -> othersGrid;
        };
        if (focus) {
            n.requestFocus();
        }
        double y = n.localToScene(0, 0).getY() - formBox.localToScene(0, 0).getY();
        root.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, formBox.getHeight() - root.getViewportBounds().getHeight()))));
    }

    private List<String> dateErrors(BoundText field, String key) {
        List<String> out = new ArrayList<>();
        String v = field.get();
        if (!v.isBlank() && Timestamps.parse(v).isEmpty()) {
            out.add(key + " is not a date and time: " + v);
        }
        var s = Timestamps.parse(vm.start().get());
        var e = Timestamps.parse(vm.end().get());
        if (key.equals("end") && s.isPresent() && e.isPresent() && e.get().isBefore(s.get())) {
            out.add("end is before start");
        }
        return out;
    }
}
