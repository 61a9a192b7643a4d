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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the pages of a folder and checks them, off the FX thread. */
public final class FolderScan {
    private static final Set<String> SKIPPED = Set.of("_people", "_site", "node_modules", "vendor", "target");

    private FolderScan() {
    }

    /** Markdown files under the folder that start with a front matter fence, sorted by path. */
    public static List<FileRow> pages(Path folder) throws IOException {
        List<FileRow> out = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(folder) && (n.startsWith(".") || SKIPPED.contains(n));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String n = file.getFileName().toString();
                if ((n.endsWith(".md") || n.endsWith(".markdown")) && !n.equalsIgnoreCase("README.md") && frontMatter(file)) {
                    out.add(new FileRow(file, folder.relativize(file).toString(), -1, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
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
            return new FileRow(row.path(), row.name(), -1, doc.error().toString());
        }
        Site site = Site.findRoot(row.path()).map(root -> sites.computeIfAbsent(root, Site::open)).orElse(null);
        try {
            return row.withProblems(Checks.run(CheckContext.of(doc, site)).size());
        } catch (RuntimeException e) {
            return new FileRow(row.path(), row.name(), -1, "a check failed: " + e);
        }
    }
}
