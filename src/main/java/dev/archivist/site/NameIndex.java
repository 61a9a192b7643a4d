package dev.archivist.site;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YSequence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names people post under in every archive of a site: per page, each spelling and how often
 * it is used. Pages that cannot be read are left out.
 */
public final class NameIndex {
    /** Folders of a site that hold no archives. */
    private static final Set<String> SKIPPED = Set.of("_site", "_people", "_data", "_layouts", "_includes",
            "_sass", "node_modules", "target", "vendor", "images", "assets");

    /** The names of one page: spelling to number of threads and replies posted under it. */
    public record Page(Path path, Map<String, Integer> names) {
    }

    private final List<Page> pages;
    private final Map<String, Integer> totals = new HashMap<>();

    NameIndex(List<Page> pages) {
        this.pages = List.copyOf(pages);
        for (Page p : pages) {
            p.names().forEach((name, n) -> totals.merge(name, n, Integer::sum));
        }
    }

    /** Spelling to uses, in the order met, for one front matter tree: the {@code name} of each thread and reply. */
    public static Map<String, Integer> names(YMapping root) {
        Map<String, Integer> out = new LinkedHashMap<>();
        YNode archive = root.get("archive").orElse(null);
        if (archive instanceof YSequence threads) {
            for (YNode thread : threads.items()) {
                if (thread instanceof YMapping t) {
                    count(t, out);
                    if (t.get("replies").orElse(null) instanceof YSequence replies) {
                        for (YNode reply : replies.items()) {
                            if (reply instanceof YMapping r) {
                                count(r, out);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static void count(YMapping message, Map<String, Integer> out) {
        String name = message.text("name");
        if (name != null && !name.isBlank()) {
            out.merge(name, 1, Integer::sum);
        }
    }

    public List<Page> pages() {
        return pages;
    }

    /** Spelling to uses over the whole site. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(totals);
    }

    /** Spelling to uses over the site without one page (whose current names the caller adds). */
    public Map<String, Integer> countsWithout(Path page) {
        Path key = page == null ? null : page.toAbsolutePath().normalize();
        Map<String, Integer> out = new HashMap<>(totals);
        for (Page p : pages) {
            if (p.path().equals(key)) {
                p.names().forEach((name, n) -> out.computeIfPresent(name, (k, v) -> v - n > 0 ? v - n : null));
            }
        }
        return out;
    }

    /** The names of one page, or null when it is not an archive (no {@code archive:} key) or cannot be read. */
    static Map<String, Integer> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("\narchive:")) {
                return null;
            }
            ArchiveDocument doc = ArchiveReader.read(file, bytes);
            return doc.parsed() ? names(doc.root()) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every {@code .md} file under a site root but in hidden and {@link #SKIPPED} folders, sorted. */
    static List<Path> archives(Path root) {
        List<Path> out = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(start) && (name.startsWith(".") || SKIPPED.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().endsWith(".md")) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a site whose folder cannot be walked has no other archives to compare with
        }
        out.sort(null);
        return out;
    }
}
