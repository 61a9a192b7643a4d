package dev.archivist.gui.preview;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens web and mail links in the system's browser or mail program, off the FX thread. */
public final class Browser {

    private Browser() {
    }

    /** True for the links the preview hands to the system: http, https and mailto. */
    public static boolean external(String uri) {
        if (uri == null) {
            return false;
        }
        String s = uri.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("mailto:");
    }

    /** The system opener: Desktop when it can, else xdg-open; failures are only logged. */
    public static Consumer<String> system() {
        return uri -> {
            Thread t = new Thread(() -> open(uri), "archivist-browser");
            t.setDaemon(true);
            t.start();
        };
    }

    private static void open(String uri) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)
                    && !uri.startsWith("mailto:")) {
                Desktop.getDesktop().browse(URI.create(uri));
            } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MAIL)
                    && uri.startsWith("mailto:")) {
                Desktop.getDesktop().mail(URI.create(uri));
            } else {
                new ProcessBuilder("xdg-open", uri).inheritIO().start();
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger("archivist").log(System.Logger.Level.WARNING, "cannot open " + uri, e);
        }
    }
}
