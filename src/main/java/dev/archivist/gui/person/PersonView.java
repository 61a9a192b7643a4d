package dev.archivist.gui.person;

import dev.archivist.gui.common.Fxml;
import dev.archivist.gui.editor.BoundText;
import dev.archivist.gui.metadata.LinkRow;
import dev.archivist.gui.metadata.Marks;
import dev.archivist.gui.metadata.OtherKeysPane;
import dev.archivist.gui.metadata.Pictures;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The person form: name, id, picture with its thumbnail, profiles, short bio, other keys. */
public final class PersonView {
    private final PersonViewModel vm;
    private final ScrollPane root;
    private final Marks marks = new Marks();

    @FXML private VBox formBox;
    @FXML private TextField titleField;
    @FXML private TextField shortField;
    @FXML private TextField pictureField;
    @FXML private ImageView pictureThumb;
    @FXML private Label pictureWarning;
    @FXML private TextField linkedinField;
    @FXML private TextField twitterField;
    @FXML private TextField githubField;
    @FXML private TextField webField;
    @FXML private TextArea bioArea;
    @FXML private GridPane othersGrid;
    @FXML private TextField newKeyField;
    @FXML private TextField newValueField;
    @FXML private Button addKeyButton;

    public PersonView(PersonViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load("person", this);
        formBox.disableProperty().bind(vm.availableProperty().not());
        Map<TextInputControl, BoundText> fields = Map.of(titleField, vm.title(), shortField, vm.shortName(),
                pictureField, vm.picture(), linkedinField, vm.linkedin(), twitterField, vm.twitter(),
                githubField, vm.github(), webField, vm.web(), bioArea, vm.bioShort());
        fields.forEach((control, field) -> {
            control.textProperty().bindBidirectional(field.valueProperty());
            if (control != titleField && control != shortField && control != webField && control instanceof TextField) {
                marks.watch((TextField) control, List::of, () -> vm.problemsAt(field.path()));
            }
        });
        Pictures.bind(vm.picture(), pictureThumb, pictureWarning, vm::resolve);
        new OtherKeysPane(vm.others(), othersGrid, newKeyField, newValueField, addKeyButton);
        marks.watch(titleField, () -> vm.title().get().isBlank() ? List.of("A person needs a name") : List.of(),
                () -> vm.problemsAt(YamlPath.of("title")));
        marks.watch(shortField, () -> vm.shortError() == null ? List.of() : List.of(vm.shortError()),
                () -> vm.problemsAt(YamlPath.of("short")));
        marks.watch(webField, () -> vm.web().get().isBlank() || LinkRow.validUrl(vm.web().get()) ? List.of()
                : List.of("Not a valid http(s) URL"), () -> vm.problemsAt(YamlPath.of("web")));
        marks.watch(bioArea, List::of, () -> vm.problemsAt(YamlPath.of("bio_short")));
        vm.problemsProperty().addListener((o, a, b) -> marks.refresh());
    }

    public ScrollPane root() {
        return root;
    }

    /** Scrolls to the field of a top-level key, focusing it when asked. */
    public void focus(String key, boolean focus) {
        Node n = switch (key) {
            case "title" -> titleField;
            case "short" -> shortField;
            case "picture" -> pictureField;
            case "linkedin" -> linkedinField;
            case "twitter" -> twitterField;
            case "github" -> githubField;
            case "web" -> webField;
            case "bio_short" -> bioArea;
            default -> othersGrid;
        };
        if (focus) {
            n.requestFocus();
        }
    }
}
