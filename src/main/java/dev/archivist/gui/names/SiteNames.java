package dev.archivist.gui.names;

import dev.archivist.gui.files.FileRow;
import dev.archivist.gui.files.FolderScan;
import dev.archivist.io.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names posted in every page of a site, read once per site in the background, for the name
 * field's completion ("every name in the site").
 */
public final class SiteNames {
    /** Pages larger than this are skipped: completion is not worth reading a huge archive again. */
    private static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Map<Path, List<YMapping>> CACHE = new ConcurrentHashMap<>();

    private SiteNames() {
    }

    /** The names of the site's people, its pages and the open page (whose current tree wins). */
    public static NameIndex index(Site site, Path open, YMapping openRoot) throws IOException {
        List<YMapping> pages = new ArrayList<>(CACHE.computeIfAbsent(site.root(), r -> read(site, open)));
        pages.add(openRoot);
        return NameIndex.of(site, pages);
    }

    private static List<YMapping> read(Site site, Path open) {
        List<YMapping> out = new ArrayList<>();
        try {
            for (FileRow row : FolderScan.pages(site.root())) {
                if (row.path().equals(open) || Files.size(row.path()) > MAX_BYTES) {
                    continue;
                }
                ArchiveDocument doc = ArchiveReader.read(row.path());
                if (doc.parsed()) {
                    out.add(doc.root());
                }
            }
        } catch (IOException e) {
            // names of the open page and the people are still there
        }
        return out;
    }
}
