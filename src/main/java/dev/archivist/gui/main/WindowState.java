package dev.archivist.gui.main;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Restores and remembers the window's size and position and the split positions. */
final class WindowState {
    private final AppPrefs prefs;

    WindowState(AppPrefs prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.number("window.width", 1360), screen.getWidth());
        double h = Math.min(prefs.number("window.height", 840), screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        double x = prefs.number("window.x", Double.NaN);
        double y = prefs.number("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, w, h).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.flag("window.maximized", false));
    }

    /**
     * Gives the shown window the size {@link #restore(Stage)} asked for when the window manager
     * ignored it: under openbox, GTK maps a window set before it was shown at 198 × 175 (JDK-8316423).
     */
    void settle(Stage stage) {
        if (stage.isMaximized()) {
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.number("window.width", 1360), screen.getWidth());
        double h = Math.min(prefs.number("window.height", 840), screen.getHeight());
        if (stage.getWidth() < w - 1 || stage.getHeight() < h - 1) {
            stage.setWidth(w);
            stage.setHeight(h);
            if (Double.isNaN(prefs.number("window.x", Double.NaN))) {
                stage.centerOnScreen();
            }
        }
    }

    void restore(String key, SplitPane split, double... fallback) {
        double[] d = prefs.dividers(key, fallback);
        split.setDividerPositions(d);
    }

    void remember(Stage stage, SplitPane... splits) {
        prefs.setFlag("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            prefs.setNumber("window.x", stage.getX());
            prefs.setNumber("window.y", stage.getY());
            prefs.setNumber("window.width", stage.getWidth());
            prefs.setNumber("window.height", stage.getHeight());
        }
        for (SplitPane s : splits) {
            if (s.getId() != null) {
                prefs.setDividers("split." + s.getId(), s.getDividerPositions());
            }
        }
        prefs.flush();
    }
}
