package dev.archivist.io.save;

import java.nio.file.Path;

/**
 * The user's cache folder for Archivist ({@code -Darchivist.cache=DIR}, else
 * {@code $XDG_CACHE_HOME/archivist} or {@code ~/.cache/archivist}), never inside a site.
 */
public final class UserCache {
    /** The system property that puts the cache folder elsewhere (tests never write to the real home). */
    public static final String PROPERTY = "archivist.cache";

    private UserCache() {
    }

    /** The named folder in Archivist's cache folder (not created). */
    public static Path folder(String name) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).resolve(name);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("archivist").resolve(name);
    }
}
