package dev.archivist.cli;

import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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

    /**
     * Says on {@code err} why the settings of a site around the pages cannot be used, if one's
     * cannot: a command then does nothing rather than work with settings nobody wrote.
     *
     * @return true when every site's settings were read (or absent)
     */
    boolean settingsRead(List<Path> pages, java.io.PrintWriter err) {
        for (Path page : pages) {
            Site site = around(page);
            if (site != null && site.settings().error().isPresent()) {
                err.println("archivist: " + site.root() + ": " + site.settings().error().get());
                err.flush();
                return false;
            }
        }
        return true;
    }
}
