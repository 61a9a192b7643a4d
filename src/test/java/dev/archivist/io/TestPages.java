package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.read.FrontMatterSplit;
import dev.archivist.model.ArchiveDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The pages the tests run on: our samples and, when it is on this machine, the real corpus. */
public final class TestPages {
    /** Surefire runs in the project folder. */
    public static final Path SAMPLES = Path.of("samples");

    private TestPages() {
    }

    /** The valid sample pages: the main sample, the edge cases and the people pages. */
    public static List<Path> samplePages() {
        List<Path> out = new java.util.ArrayList<>();
        out.add(SAMPLES.resolve("book-of-the-week.md"));
        out.addAll(mdFiles(SAMPLES.resolve("edge")));
        out.addAll(mdFiles(SAMPLES.resolve("_people")));
        assertTrue(out.size() >= 10, "the samples folder is missing: " + SAMPLES.toAbsolutePath());
        return out;
    }

    /** The hostile inputs of samples/bad. */
    public static List<Path> badPages() {
        return mdFiles(SAMPLES.resolve("bad"));
    }

    /** The corpus site root, or null when it is not on this machine. */
    public static Path corpus() {
        String p = System.getProperty("archivist.corpus");
        return p == null || !Files.isDirectory(Path.of(p)) ? null : Path.of(p);
    }

    /**
     * Skips the calling test when the corpus is absent, else returns its parseable pages (books
     * and people; the site's {@code _template.md} is a template, not a page).
     */
    public static List<Path> corpusPages() {
        Path root = corpus();
        Assumptions.assumeTrue(root != null, "the corpus is not on this machine");
        List<Path> all = new java.util.ArrayList<>(mdFiles(root.resolve("_books")));
        all.addAll(mdFiles(root.resolve("_people")));
        List<Path> out = all.stream().filter(p -> ArchiveReader.read(p).parsed()).toList();
        assertTrue(out.size() >= all.size() - 1, "more than one corpus page does not parse");
        return out;
    }

    /** The corpus book pages only (skips when absent). */
    public static List<Path> corpusBooks() {
        return corpusPages().stream().filter(p -> p.getParent().getFileName().toString().equals("_books")).toList();
    }

    public static List<Path> mdFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a page that must parse. */
    public static ArchiveDocument parsed(Path file) {
        ArchiveDocument doc = ArchiveReader.read(file);
        assertTrue(doc.parsed(), () -> file + " does not parse: " + doc.error());
        return doc;
    }

    /** A copy of the file in the folder (writable, same name). */
    public static Path copy(Path file, Path dir) {
        try {
            Path out = dir.resolve(file.getFileName().toString());
            Files.copy(file, out);
            out.toFile().setWritable(true);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a page in the folder and returns its path. */
    public static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short name for messages: the file and its folder. */
    public static String name(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    /** Where each line of a scalar's source ends, but its last (what the patcher keeps lines by). */
    public static List<Integer> lineEnds(String text, dev.archivist.model.YScalar s) {
        List<Integer> out = new java.util.ArrayList<>();
        int le = FrontMatterSplit.lineEnd(text, s.span().start());
        while (le < s.span().end()) {
            out.add(le);
            le = FrontMatterSplit.lineEnd(text, FrontMatterSplit.nextLine(text, le));
        }
        return out;
    }
}
