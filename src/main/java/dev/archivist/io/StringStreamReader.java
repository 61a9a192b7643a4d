package dev.archivist.io;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over an in-memory string without surrogate pairs: the same positions, line
 * and column rules and printable-character check as {@link StreamReader}, without its windowed
 * int[] copies, which cost half of a large parse. Texts with surrogates use StreamReader itself.
 */
final class StringStreamReader extends StreamReader {
    private final String text;
    private final int length;
    private int pointer;
    private int line;
    private int column;
    private int documentIndex;
    private int[] markBuffer;

    private StringStreamReader(String text) {
        super("");
        this.text = text;
        this.length = text.length();
        checkPrintable(text);
    }

    /** A reader for the text: this one when it has no surrogate pairs, SnakeYAML's otherwise. */
    static StreamReader of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return new StreamReader(text);
            }
        }
        return new StringStreamReader(text);
    }

    private static void checkPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPrintable(c)) {
                throw new ReaderException("'string'", i, c, "special characters are not allowed");
            }
        }
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && pointer < length; i++) {
            char c = text.charAt(pointer++);
            documentIndex++;
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (pointer >= length || text.charAt(pointer) != '\n'))) {
                line++;
                column = 0;
            } else if (c != '\uFEFF') {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return pointer < length ? text.charAt(pointer) : '\0';
    }

    @Override
    public int peek(int index) {
        int at = pointer + index;
        return at < length ? text.charAt(at) : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        return text.substring(pointer, Math.min(pointer + count, length));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        documentIndex += count;
        column += count;
        return prefix;
    }

    @Override
    public Mark getMark() {
        return new Mark("'string'", pointer, line, column, snippetBuffer(), pointer);
    }

    /** Marks keep a buffer only to print snippets in errors; one shared code point copy serves them all. */
    private int[] snippetBuffer() {
        if (markBuffer == null) {
            markBuffer = text.codePoints().toArray();
        }
        return markBuffer;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }
}
