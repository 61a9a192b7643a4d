package dev.archivist.gui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the editor remembers between runs (window, splits, theme, recent files), in java.util.prefs. */
public final class AppPrefs {
    private static final int RECENT_LIMIT = 10;
    private final Preferences node;

    public AppPrefs(Preferences node) {
        this.node = node;
    }

    /** The user's preferences; {@code -Darchivist.prefs=NAME} picks another node (tests, demos). */
    public static AppPrefs user() {
        String name = System.getProperty("archivist.prefs", "dev/archivist/editor");
        return new AppPrefs(Preferences.userRoot().node(name));
    }

    public double number(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void setNumber(String key, double value) {
        node.putDouble(key, value);
    }

    public boolean flag(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void setFlag(String key, boolean value) {
        node.putBoolean(key, value);
    }

    public String text(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void setText(String key, String value) {
        node.put(key, value);
    }

    /** Split positions as written by {@link #setDividers(String, double[])}, or the fallback. */
    public double[] dividers(String key, double[] fallback) {
        String s = node.get(key, "");
        try {
            double[] d = s.isEmpty() ? fallback : Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
            return d.length == fallback.length ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setDividers(String key, double[] positions) {
        StringBuilder sb = new StringBuilder();
        for (double d : positions) {
            sb.append(sb.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", d));
        }
        node.put(key, sb.toString());
    }

    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : node.get("recent", "").split("\n")) {
            if (!s.isBlank()) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts a file first in the recent list. */
    public List<Path> addRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path p = file.toAbsolutePath().normalize();
        list.remove(p);
        list.add(0, p);
        while (list.size() > RECENT_LIMIT) {
            list.remove(list.size() - 1);
        }
        node.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
        return list;
    }

    public void clearRecent() {
        node.remove("recent");
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // preferences are a convenience: losing them must not stop the editor
        }
    }
}
