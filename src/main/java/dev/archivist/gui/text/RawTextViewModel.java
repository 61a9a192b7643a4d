package dev.archivist.gui.text;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.LineIndex;
import dev.archivist.model.ParseError;
import dev.archivist.site.Site;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A page that did not parse, open as plain text: the user repairs it where the error points
 * and parses it again. Nothing is ever written from here.
 */
public final class RawTextViewModel {
    private final ArchiveDocument original;
    private final Site site;
    private final StringProperty text = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<ParseError> error = new ReadOnlyObjectWrapper<>();

    public RawTextViewModel(ArchiveDocument original, Site site) {
        this.original = original;
        this.site = site;
        text.set(original.text());
        error.set(original.error());
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<ParseError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Path path() {
        return original.path();
    }

    public ArchiveDocument original() {
        return original;
    }

    public Site site() {
        return site;
    }

    /** False when the file could not even be read as text (binary, broken UTF-8, empty). */
    public boolean hasText() {
        // a file that could not be decoded (binary, an unknown charset) has no text to show or edit
        return !original.text().isEmpty() || original.error() == null;
    }

    /** True when the user changed the text. */
    public boolean edited() {
        return !original.text().equals(text.get());
    }

    /** The char range of the error's line in the current text, or null when the error has no line. */
    public int[] errorRange() {
        ParseError e = error.get();
        String t = text.get();
        if (e == null || e.line() <= 0 || t.isEmpty()) {
            return null;
        }
        LineIndex lines = new LineIndex(t);
        int start = lines.lineStart(Math.min(e.line(), lines.lineCount()));
        int end = start;
        while (end < t.length() && t.charAt(end) != '\n' && t.charAt(end) != '\r') {
            end++;
        }
        return new int[] {start, end, lines.offset(e.line(), Math.max(1, e.column()))};
    }

    /** Parses a text as this file's; pure, for a background thread. */
    public ArchiveDocument parse(String repaired) {
        return ArchiveReader.parse(original.path(), original.source(), repaired);
    }

    /** Shows the error of the last parse. */
    public void failed(ParseError e) {
        error.set(e);
    }
}
