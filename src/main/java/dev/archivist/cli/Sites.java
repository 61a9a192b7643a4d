package dev.archivist.cli;

import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sites of the pages a command works on, each read once. */
final class Sites {
    private final Map<Path, Site> byRoot = new HashMap<>();

    /** The site around a file, or null when it is in none. */
    Site around(Path file) {
        Optional<Path> root = Site.findRoot(file);
        return root.map(r -> byRoot.computeIfAbsent(r, Site::open)).orElse(null);
    }
}
