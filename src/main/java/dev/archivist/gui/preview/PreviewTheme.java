package dev.archivist.gui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * The preview's look in the editor's dark theme: a stylesheet the WebView lays over the page's own
 * CSS, so the rendered page (and the {@code preview} command's output) stays as the site shows it.
 */
public final class PreviewTheme {
    private static final String DARK = "/dev/archivist/gui/preview/preview-dark.css";
    private static String darkUrl;

    private PreviewTheme() {
    }

    /** The user stylesheet's location for the WebView: a {@code data:} URL in the dark theme, null in the light one. */
    public static String userStyleSheet(boolean dark) {
        return dark ? darkUrl() : null;
    }

    private static synchronized String darkUrl() {
        if (darkUrl == null) {
            // a data: URL works wherever the class runs from: folder, jar or application image
            try (InputStream in = PreviewTheme.class.getResourceAsStream(DARK)) {
                darkUrl = "data:text/css;charset=utf-8;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return darkUrl;
    }
}
