package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** A site path field's thumbnail and its missing-file warning (a book's cover, an episode's image, a person's picture). */
public final class Pictures {

    private Pictures() {
    }

    /**
     * Keeps the thumbnail and the warning in step with the field.
     *
     * @param resolve the file a site path points to, or null when the page is outside a site
     */
    public static void bind(BoundText field, ImageView thumb, Label warning, Function<String, Path> resolve) {
        Runnable update = () -> {
            String v = field.get();
            Path file = resolve.apply(v);
            boolean missing = missing(v, file);
            thumb.setImage(file != null && !missing ? new Image(file.toUri().toString(), 240, 240, true, true, true) : null);
            Tooltip.install(thumb.getParent(), file == null || missing ? null : tooltip(thumb.getImage()));
            warning.setText(missing ? (file == null ? "This page is not inside a site, so the file cannot be found"
                    : "No such file under the site root: the site will show a broken image") : "");
            warning.setTooltip(file == null ? null : new Tooltip(file.toString()));
            warning.setVisible(missing);
            warning.setManaged(missing);
        };
        field.valueProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    /** True when the path is set and no file is there. */
    public static boolean missing(String sitePath, Path file) {
        return sitePath != null && !sitePath.isBlank() && (file == null || !Files.isRegularFile(file));
    }

    private static Tooltip tooltip(Image image) {
        ImageView big = new ImageView(image);
        big.setFitWidth(220);
        big.setFitHeight(220);
        big.setPreserveRatio(true);
        Tooltip t = new Tooltip();
        t.setGraphic(big);
        return t;
    }
}
