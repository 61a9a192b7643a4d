package dev.archivist.gui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX's Primer light and dark themes plus Archivist's own stylesheet. */
public final class Themes {
    private static final String OWN = "/dev/archivist/gui/archivist.css";

    private Themes() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds Archivist's stylesheet and marks the scene dark or light for it. */
    public static void style(Scene scene, boolean dark) {
        String css = Themes.class.getResource(OWN).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }
}
