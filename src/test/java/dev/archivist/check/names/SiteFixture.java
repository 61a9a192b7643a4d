package dev.archivist.check.names;

import dev.archivist.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A small site in a temporary folder: people pages and archive pages written from strings. */
record SiteFixture(Path root) {

    static SiteFixture with(Path root, Map<String, String> people) throws IOException {
        Files.createDirectories(root.resolve("_people"));
        for (Map.Entry<String, String> p : people.entrySet()) {
            Files.writeString(root.resolve("_people/" + p.getKey() + ".md"),
                    "---\ntitle: \"" + p.getValue() + "\"\n---\n\nAbout.\n");
        }
        return new SiteFixture(root);
    }

    /** Writes a page with the given authors (a flow list) and archive items (block text at column 0). */
    Path page(String path, String authors, String archive) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"A book\"\nauthors: " + authors + "\narchive:\n" + archive + "---\n\nBody.\n");
        return file;
    }

    Path aliases(String text) {
        Path file = root.resolve("_data/name-aliases.yml");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The site as read now (a fresh read, so pages written since are seen). */
    Site site() {
        return Site.open(root);
    }
}
