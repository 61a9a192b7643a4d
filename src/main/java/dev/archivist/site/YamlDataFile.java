package dev.archivist.site;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.PageWriter;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.io.write.HouseStyle;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ParseError;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A plain YAML data file (such as {@code _data/name-aliases.yml}) read and changed with the page
 * engine: the file is read as the front matter of a page made of it, so it gets the same source
 * spans, minimal-diff patcher and read-back verification as an archive, and is saved the same
 * safe way.
 */
final class YamlDataFile {
    private final Path file;
    private final ArchiveDocument onDisk;
    private final ArchiveDocument wrapped;
    private final String prefix;
    private final String suffix;
    private final boolean addedNewline;

    private YamlDataFile(Path file, ArchiveDocument onDisk) {
        this.file = file;
        this.onDisk = onDisk;
        String text = onDisk.text();
        String nl = onDisk.source().lineSeparator();
        boolean fenced = text.startsWith("---\n") || text.startsWith("---\r\n");
        this.prefix = fenced ? "" : "---" + nl;
        this.addedNewline = !text.isEmpty() && !text.endsWith("\n");
        this.suffix = (addedNewline ? nl : "") + "---" + nl;
        this.wrapped = ArchiveReader.parse(file, onDisk.source(), prefix + text + suffix);
    }

    /** Reads the file; a missing file reads as empty, an unreadable one comes back with an error. */
    static YamlDataFile read(Path file) {
        if (!Files.exists(file)) {
            return new YamlDataFile(file, new ArchiveDocument(file, SourceInfo.UTF8_LF, "", 0, 0, 0, null, null));
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new YamlDataFile(file, ArchiveReader.read(file, bytes));
        } catch (NoSuchFileException e) {
            return new YamlDataFile(file, new ArchiveDocument(file, SourceInfo.UTF8_LF, "", 0, 0, 0, null, null));
        } catch (IOException e) {
            ParseError error = new ParseError("cannot read " + file + ": " + e.getMessage(), 0, 0);
            return new YamlDataFile(file, new ArchiveDocument(file, SourceInfo.UTF8_LF, "", 0, 0, 0, null, error));
        }
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The text as on disk (empty for a file that does not exist). */
    String text() {
        return onDisk.text();
    }

    /** Null when the file was read (or is absent); else why it could not be, with its line in the file. */
    ParseError error() {
        if (onDisk.text().isEmpty() && onDisk.error() != null && !onDisk.error().message().contains("front matter")) {
            return onDisk.error();
        }
        if (wrapped.parsed()) {
            return null;
        }
        ParseError e = wrapped.error();
        int line = prefix.isEmpty() ? e.line() : Math.max(1, e.line() - 1);
        return new ParseError(e.message(), line, e.column());
    }

    /** The 1-based line in the file where a node of {@link #root()} starts; 0 when it has no place. */
    int line(dev.archivist.model.YNode node) {
        if (node.span() == null) {
            return 0;
        }
        return wrapped.line(node.span().start()) - (prefix.isEmpty() ? 0 : 1);
    }

    /** The data, an empty mapping for an empty or missing file; null when there is an error. */
    YMapping root() {
        return error() == null ? wrapped.root() : null;
    }

    /** The file's new text with only the lines of what changed moved, verified by reading it back. */
    String patched(YMapping intended, String header) throws WriteRefused {
        if (error() != null) {
            throw new WriteRefused(file + " cannot be read (" + error() + "); nothing was written");
        }
        if (onDisk.text().isBlank()) {
            return fresh(intended, header);
        }
        String text = PageWriter.patched(wrapped, intended, wrapped.body());
        String inner = text.substring(prefix.length(), text.length() - ("---" + onDisk.source().lineSeparator()).length());
        if (addedNewline && inner.endsWith(onDisk.source().lineSeparator())) {
            inner = inner.substring(0, inner.length() - onDisk.source().lineSeparator().length());
        }
        return inner;
    }

    private String fresh(YMapping intended, String header) throws WriteRefused {
        String text = header + HouseStyle.write(intended);
        ArchiveDocument again = ArchiveReader.parse(file, SourceInfo.UTF8_LF, "---\n" + text + "---\n");
        if (!again.parsed() || Trees.firstDifference(intended, again.root(), dev.archivist.model.YamlPath.ROOT).isPresent()) {
            throw new WriteRefused("the new " + file.getFileName() + " would not read back as intended; nothing was written");
        }
        return text;
    }

    /** Saves a text produced by {@link #patched}: temporary file, backup, atomic move. */
    Path save(String text) throws WriteRefused {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new WriteRefused("cannot create " + file.getParent() + ": " + e.getMessage(), e);
        }
        return AtomicSave.save(onDisk, text, file);
    }
}
