package dev.archivist.gui.files;

import dev.archivist.check.CheckContext;
import dev.archivist.check.Checks;
import dev.archivist.gui.task.TaskRunner;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.read.FrontMatterFence;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.Site;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the pages of a folder and checks them, off the FX thread. */
public final class FolderScan {
    private static final Set<String> SKIPPED = Set.of("_people", "_site", "node_modules", "vendor", "target");
    /** At a site root: the folders Jekyll reads or writes that hold no pages of their own. */
    private static final Set<String> NOT_PAGES = Set.of("_site", "_layouts", "_includes", "_data", "_sass", "_plugins",
            "node_modules", "vendor", "target");

    private FolderScan() {
    }

    /**
     * Markdown files under the folder that start with a front matter fence. At a site root (a
     * folder holding {@code _people/} or {@code _config.yml}) each page is grouped by its collection,
     * the pages in none last, sorted by path within a group; elsewhere the list is flat, sorted by path.
     */
    public static List<FileRow> pages(Path folder) throws IOException {
        boolean site = Site.findRoot(folder).map(r -> r.equals(folder.toAbsolutePath().normalize())).orElse(false);
        List<FileRow> out = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(folder) && (n.startsWith(".") || (site ? NOT_PAGES : SKIPPED).contains(n));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString();
                if ((n.endsWith(".md") || n.endsWith(".markdown")) && !n.equalsIgnoreCase("README.md") && frontMatter(file)) {
                    Path relative = folder.relativize(file);
                    out.add(site ? grouped(relative, file) : new FileRow(file, null, relative.toString(), -1, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing((FileRow r) -> r.group() != null && r.group().equals(FileGroup.OUTSIDE))
                .thenComparing(r -> r.group() == null ? "" : r.group()).thenComparing(FileRow::name));
        return out;
    }

    /** A site's page in the collection its first folder names, or in none. */
    private static FileRow grouped(Path relative, Path file) {
        String first = relative.getName(0).toString();
        if (relative.getNameCount() > 1 && first.startsWith("_")) {
            return new FileRow(file, first, relative.subpath(1, relative.getNameCount()).toString(), -1, null);
        }
        return new FileRow(file, FileGroup.OUTSIDE, relative.toString(), -1, null);
    }

    private static boolean frontMatter(Path file) {
        try {
            return FrontMatterFence.opens(file);
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks every page and returns the rows with their counts, reporting progress. */
    public static List<FileRow> check(List<FileRow> rows, TaskRunner.Progress progress) {
        Map<Path, Site> sites = new HashMap<>();
        List<FileRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (progress.cancelled()) {
                break;
            }
            out.add(check(rows.get(i), sites));
            progress.update(i + 1, rows.size());
        }
        return out;
    }

    private static FileRow check(FileRow row, Map<Path, Site> sites) {
        ArchiveDocument doc = ArchiveReader.read(row.path());
        if (!doc.parsed()) {
            return row.withError(doc.error().toString());
        }
        Site site = Site.findRoot(row.path()).map(root -> sites.computeIfAbsent(root, Site::open)).orElse(null);
        try {
            return row.withProblems(Checks.run(CheckContext.of(doc, site)).size());
        } catch (RuntimeException e) {
            return row.withError("a check failed: " + e);
        }
    }
}
