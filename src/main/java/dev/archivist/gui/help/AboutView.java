package dev.archivist.gui.help;

import dev.archivist.About;
import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Fxml;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the version, the Java and JavaFX it runs on, and the libraries it ships with their licences. */
public final class AboutView {
    private final VBox root;

    @FXML private Label versionLabel;
    @FXML private Label runtimeLabel;
    @FXML private GridPane libraryGrid;

    public AboutView(String version, List<About.Library> libraries) {
        this.root = Fxml.load("about", this);
        versionLabel.setText("Version " + version);
        runtimeLabel.setText("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + ", JavaFX " + System.getProperty("javafx.runtime.version", "?"));
        int row = 1;
        for (About.Library l : libraries) {
            Label name = new Label(l.name());
            if (!l.url().isEmpty()) {
                name.setTooltip(new Tooltip(l.url() + "\n" + String.join("\n", l.artifacts())));
            }
            Label libVersion = new Label(l.version());
            libVersion.getStyleClass().add(Css.MUTED);
            libraryGrid.addRow(row++, name, libVersion, new Label(l.licence()));
        }
    }

    /** The build's version and libraries. */
    public AboutView() {
        this(About.version(), About.libraries());
    }

    public VBox root() {
        return root;
    }

    public void show(Window owner) {
        HelpDialog.show(owner, "About Archivist", root);
    }
}
