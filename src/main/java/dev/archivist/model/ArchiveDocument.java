package dev.archivist.model;

import java.nio.file.Path;

/**
 * One page as read from disk: its text, where the front matter and body are, and the front
 * matter tree with source spans (or the error that kept it from being parsed).
 *
 * <p>Immutable. Offsets in spans are char offsets into {@link #text()}, the whole decoded file
 * without its byte order mark; {@link #lines()} is the line index of that text, made with the
 * document.
 */
public record ArchiveDocument(
        Path path,
        SourceInfo source,
        String text,
        int frontMatterStart,
        int frontMatterEnd,
        int bodyStart,
        YMapping root,
        ParseError error,
        LineIndex lines) {

    public ArchiveDocument(Path path, SourceInfo source, String text, int frontMatterStart, int frontMatterEnd,
                           int bodyStart, YMapping root, ParseError error) {
        this(path, source, text, frontMatterStart, frontMatterEnd, bodyStart, root, error, new LineIndex(text));
    }

    /** The same page at another place (after Save As). */
    public ArchiveDocument withPath(Path other) {
        return new ArchiveDocument(other, source, text, frontMatterStart, frontMatterEnd, bodyStart, root, error, lines);
    }

    /** True when the front matter was parsed into a tree and can be edited structurally. */
    public boolean parsed() {
        return root != null && error == null;
    }

    public String frontMatter() {
        return text.substring(frontMatterStart, frontMatterEnd);
    }

    public String body() {
        return text.substring(bodyStart);
    }

    /** 1-based line of a char offset in the text. */
    public int line(int offset) {
        return lines().line(offset);
    }

    /** 1-based column (in code points) of a char offset in the text. */
    public int column(int offset) {
        return lines().column(offset);
    }

    /** The typed view of a book archive; only meaningful when {@link #parsed()}. */
    public BookArchive book() {
        return BookArchive.of(root == null ? YMapping.of(java.util.List.of()) : root);
    }
}
