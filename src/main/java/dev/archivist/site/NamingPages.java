package dev.archivist.site;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of a site that name a person by id: the books whose {@code authors:} and the
 * episodes whose {@code guests:} hold it. What each page names is kept in the site index
 * ({@link SiteIndex}), so only the pages changed since the last run are read; a page that cannot
 * be read or parsed names nobody.
 */
public final class NamingPages {

    /** One page naming the person: its file, its kind (book or episode) and its title (null when it has none). */
    public record Page(Path file, PageKind kind, String title) {
    }

    /** What a page names: its title (null when it has none) and the ids of its authors and guests. */
    record Credits(String title, List<String> ids) {
    }

    private NamingPages() {
    }

    /** The books, then the episodes, that name the id, each in file name order. */
    public static List<Page> of(Site site, String id) {
        List<Page> out = new ArrayList<>();
        collect(out, site, site.root().resolve("_books"), PageKind.BOOK, id);
        collect(out, site, site.root().resolve("_podcast"), PageKind.PODCAST, id);
        return out;
    }

    private static void collect(List<Page> out, Site site, Path folder, PageKind kind, String id) {
        List<Path> files = pages(folder);
        List<Credits> credits = site.credits(files);
        for (int i = 0; i < files.size(); i++) {
            Credits c = credits.get(i);
            if (c != null && c.ids().contains(id)) {
                out.add(new Page(files.get(i), kind, c.title()));
            }
        }
    }

    /** What the page names, or null when it cannot be read or parsed. */
    static Credits read(Path file) {
        ArchiveDocument doc = ArchiveReader.read(file);
        if (!doc.parsed()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String key : List.of("authors", "guests")) {
            YNode value = doc.root().get(key).orElse(null);
            List<YNode> items = value instanceof YSequence seq ? seq.items() : value == null ? List.of() : List.of(value);
            for (YNode n : items) {
                if (n instanceof YScalar s && !s.isNull()) {
                    ids.add(s.value());
                }
            }
        }
        return new Credits(doc.root().text("title"), ids);
    }

    private static List<Path> pages(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
