package dev.archivist.io.read;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.ParseError;
import dev.archivist.model.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a page from disk into an {@link ArchiveDocument}. Never throws for bad content: a file
 * that cannot be parsed comes back with its text (when it has one) and a {@link ParseError}.
 */
public final class ArchiveReader {

    private ArchiveReader() {
    }

    /** Reads and parses a file; an unreadable file comes back with an error and no text. */
    public static ArchiveDocument read(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > TextDecoder.MAX_BYTES) {
                return failed(path, "", new ParseError("the file is " + (size / (1024 * 1024))
                        + " MB; Archivist opens files up to " + (TextDecoder.MAX_BYTES / (1024 * 1024)) + " MB", 0, 0));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return failed(path, "", new ParseError("no such file: " + path, 0, 0));
        } catch (IOException e) {
            return failed(path, "", new ParseError("cannot read " + path + ": " + e.getMessage(), 0, 0));
        }
        return read(path, bytes);
    }

    /** Parses bytes as if read from the path (the path may be null). */
    public static ArchiveDocument read(Path path, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.error() != null) {
            return failed(path, "", decoded.error());
        }
        SourceInfo source = new SourceInfo(decoded.charset(), decoded.detected(), decoded.bom(),
                lineSeparator(decoded.text()));
        return parse(path, source, decoded.text());
    }

    /** Parses text (for example text the user repaired in the editor). */
    public static ArchiveDocument parse(Path path, SourceInfo source, String text) {
        FrontMatterSplit split = FrontMatterSplit.of(text);
        if (split.error() != null) {
            return new ArchiveDocument(path, source, text, 0, 0, 0, null, split.error());
        }
        FrontMatterParser.Result r = FrontMatterParser.parse(text, split.start(), split.end(), 1);
        if (r.error() != null && text.substring(split.start(), split.end()).contains("{{")) {
            r = new FrontMatterParser.Result(null, new ParseError(r.error().message()
                    + " (this looks like a page template: its {{ placeholders }} are not YAML values)",
                    r.error().line(), r.error().column()));
        }
        return new ArchiveDocument(path, source, text, split.start(), split.end(), split.bodyStart(),
                r.root(), r.error());
    }

    private static ArchiveDocument failed(Path path, String text, ParseError error) {
        return new ArchiveDocument(path, SourceInfo.UTF8_LF, text, 0, 0, 0, null, error);
    }

    private static String lineSeparator(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
