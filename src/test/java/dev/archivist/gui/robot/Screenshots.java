package dev.archivist.gui.robot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes a scene as a PNG under {@code target/screenshots/}. */
final class Screenshots {
    static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path save(Scene scene, String name) {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
