package dev.archivist.site;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.PageKind;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages of a site that name a person by id: the books whose {@code authors:} and the
 * episodes whose {@code guests:} hold it. Pages are read when asked, every time; a page that
 * cannot be read or parsed names nobody.
 */
public final class NamingPages {

    /** One page naming the person: its file, its kind (book or episode) and its title (null when it has none). */
    public record Page(Path file, PageKind kind, String title) {
    }

    private NamingPages() {
    }

    /** The books, then the episodes, that name the id, each in file name order. */
    public static List<Page> of(Site site, String id) {
        List<Page> out = new ArrayList<>();
        collect(out, site.root().resolve("_books"), PageKind.BOOK, "authors", id);
        collect(out, site.root().resolve("_podcast"), PageKind.PODCAST, "guests", id);
        return out;
    }

    private static void collect(List<Page> out, Path folder, PageKind kind, String key, String id) {
        for (Path file : pages(folder)) {
            if (!mayName(file, id)) {
                continue;
            }
            ArchiveDocument doc = ArchiveReader.read(file);
            if (doc.parsed() && names(doc.root(), key, id)) {
                out.add(new Page(file, kind, doc.root().text("title")));
            }
        }
    }

    /** True when the key holds the id, as a list item or as its only value. */
    private static boolean names(YMapping root, String key, String id) {
        YNode value = root.get(key).orElse(null);
        List<YNode> items = value instanceof YSequence seq ? seq.items() : value == null ? List.of() : List.of(value);
        return items.stream().anyMatch(n -> n instanceof YScalar s && !s.isNull() && s.value().equals(id));
    }

    /**
     * False when the page's bytes cannot hold the id, which spares parsing nearly every page: a
     * page names an id in its own characters (an id spelled with YAML escapes is not found), and
     * a page in UTF-16 or UTF-32, whose bytes differ, is always parsed.
     */
    private static boolean mayName(Path file, String id) {
        try {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            return bytes.contains(new String(utf8, StandardCharsets.ISO_8859_1)) || bytes.indexOf('\0') >= 0
                    || bytes.startsWith("\u00FE\u00FF") || bytes.startsWith("\u00FF\u00FE");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> pages(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
