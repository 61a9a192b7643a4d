package dev.archivist.model;

/**
 * How a file's bytes became text, so that saving can turn the text back into the same bytes.
 *
 * @param charset the charset the bytes were decoded with: UTF-8 for almost every file, UTF-16 or
 *                UTF-32 (LE or BE) when a byte order mark declares it, else a detected one
 * @param detected true when the file was not valid UTF-8 and the charset was guessed; saving
 *                 then writes UTF-8, which is a change the user is told about. A charset declared
 *                 by a byte order mark is not detected: saving keeps it
 * @param bom whether the file started with a byte order mark (in its charset)
 * @param lineSeparator the line separator the file uses ({@code \n} or {@code \r\n})
 */
public record SourceInfo(String charset, boolean detected, boolean bom, String lineSeparator) {
    public static final SourceInfo UTF8_LF = new SourceInfo("UTF-8", false, false, "\n");

    /** True when the file was read as UTF-8. */
    public boolean utf8() {
        return "UTF-8".equals(charset);
    }

    /** The charset a save writes: the file's own, unless it was only guessed, then UTF-8. */
    public String savedCharset() {
        return detected || charset == null ? "UTF-8" : charset;
    }
}
