package dev.archivist.gui;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The project's sample pages, copied into a temporary site so tests may write them. */
public final class Samples {
    public static final Path DIR = Path.of("samples");
    public static final Path BOOK = DIR.resolve("book-of-the-week.md");

    private Samples() {
    }

    public static ArchiveDocument book() {
        return ArchiveReader.read(BOOK);
    }

    /** A copy of the sample site (people, cover, main page) under {@code dir}; returns the page. */
    public static Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_people"));
        try (var people = Files.list(DIR.resolve("_people"))) {
            for (Path p : people.toList()) {
                Files.copy(p, dir.resolve("_people").resolve(p.getFileName()));
            }
        }
        Path cover = Path.of("images/books/20220321-tidy-pipelines/cover.jpg");
        Files.createDirectories(dir.resolve(cover).getParent());
        Files.copy(DIR.resolve(cover), dir.resolve(cover));
        Path page = dir.resolve("book-of-the-week.md");
        Files.copy(BOOK, page, StandardCopyOption.REPLACE_EXISTING);
        return page;
    }

    /** Copies one sample file (relative to samples/) into the folder. */
    public static Path copy(String sample, Path dir) throws IOException {
        Path to = dir.resolve(Path.of(sample).getFileName());
        Files.copy(DIR.resolve(sample), to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
