package dev.archivist.gui.robot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real book page of the corpus in a writable copy of its site (people and settings), and the
 * source lines of its values as a save left them on disk.
 */
final class CorpusPage {
    /** 17 threads, most with replies, folded texts, and 53 {@code \x}/{@code \U} escapes. */
    static final String BOOK = "20210719-interpretable-machine-learning-with-python.md";

    private CorpusPage() {
    }

    /** Copies the page, {@code _people} and {@code _config.yml} under {@code dir}; skips the test without the corpus. */
    static Path copy(Path dir) throws IOException {
        return copy(dir, BOOK);
    }

    /** As {@link #copy(Path)}, for another book of the corpus. */
    static Path copy(Path dir, String book) throws IOException {
        String corpus = System.getProperty("archivist.corpus");
        assumeTrue(corpus != null && Files.isRegularFile(Path.of(corpus, "_books", book)), "corpus not present");
        Path from = Path.of(corpus);
        Files.createDirectories(dir.resolve("_people"));
        Files.createDirectories(dir.resolve("_books"));
        try (var people = Files.list(from.resolve("_people"))) {
            for (Path p : people.toList()) {
                writable(Files.copy(p, dir.resolve("_people").resolve(p.getFileName())));
            }
        }
        writable(Files.copy(from.resolve("_config.yml"), dir.resolve("_config.yml")));
        return writable(Files.copy(from.resolve("_books").resolve(book), dir.resolve("_books").resolve(book)));
    }

    private static Path writable(Path p) {
        // the corpus files are read-only and the copy keeps their mode
        p.toFile().setWritable(true, true);
        return p;
    }

    /** The page as it is on disk now. */
    static ArchiveDocument read(Path page) {
        ArchiveDocument doc = ArchiveReader.read(page);
        if (!doc.parsed()) {
            throw new AssertionError(page + " does not parse: " + doc.error());
        }
        return doc;
    }

    /** The whole source lines a value stands on, indentation and list dash included. */
    static String lines(ArchiveDocument doc, String path) {
        YNode n = YamlPath.parse(path).find(doc.root()).orElseThrow(() -> new AssertionError("no " + path));
        String text = doc.text();
        int start = text.lastIndexOf('\n', n.span().start() - 1) + 1;
        int end = text.indexOf('\n', Math.max(n.span().start(), n.span().end() - 1));
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
