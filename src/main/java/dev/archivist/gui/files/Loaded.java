package dev.archivist.gui.files;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.Site;
import java.nio.file.Path;

/**
 * A page read from disk with the site around it. Reading may take seconds on a large archive,
 * so it runs in the background.
 *
 * @param site the site, or null when the page lies outside any
 */
public record Loaded(ArchiveDocument document, Site site) {

    public static Loaded read(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        ArchiveDocument doc = ArchiveReader.read(absolute);
        return new Loaded(doc, Site.around(absolute).orElse(null));
    }
}
