package dev.archivist.gui.names;

import dev.archivist.model.YMapping;
import dev.archivist.site.Site;
import java.nio.file.Path;
import java.util.Map;

/**
 * The names posted in every page of a site, from the site's index (the one the checks use), for
 * the name field's completion ("every name in the site").
 */
public final class SiteNames {

    private SiteNames() {
    }

    /**
     * The names of the site's people, its pages and the open page (whose current tree wins). May
     * read the pages changed since the index was last written: not on the FX thread.
     */
    public static CompletionNames index(Site site, Path open, YMapping openRoot) {
        Map<String, Integer> counts = site.names().countsWithout(open);
        dev.archivist.site.NameIndex.names(openRoot).forEach((name, n) -> counts.merge(name, n, Integer::sum));
        return CompletionNames.of(site, counts);
    }
}
