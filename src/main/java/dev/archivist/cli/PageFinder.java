package dev.archivist.cli;

import dev.archivist.io.read.FrontMatterFence;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** The pages a command works on: files as given, folders searched for {@code *.md} with front matter. */
final class PageFinder {

    private PageFinder() {
    }

    /** Files named are always included (so a broken one is reported); folders add their pages. */
    static List<Path> find(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(walk(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> walk(Path root) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("_site")
                            || name.equals("node_modules") || name.equals("target"));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().endsWith(".md") && hasFrontMatter(file)) {
                        out.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    out.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            out.add(root);
        }
        out.sort(null);
        return out;
    }

    /** True for a page: a file whose first line (in the charset its byte order mark declares) is {@code ---}; an unreadable file may be one. */
    private static boolean hasFrontMatter(Path file) {
        try {
            return FrontMatterFence.opens(file);
        } catch (IOException e) {
            return true;
        }
    }
}
