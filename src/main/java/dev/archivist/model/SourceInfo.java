package dev.archivist.model;

/**
 * How a file's bytes became text, so that saving can turn the text back into the same bytes.
 *
 * @param charset the charset the bytes were decoded with (UTF-8 for almost every file)
 * @param detected true when the file was not valid UTF-8 and the charset was detected; saving
 *                 then writes UTF-8, which is a change the user is told about
 * @param bom whether the file started with a UTF-8 byte order mark
 * @param lineSeparator the line separator the file uses ({@code \n} or {@code \r\n})
 */
public record SourceInfo(String charset, boolean detected, boolean bom, String lineSeparator) {
    public static final SourceInfo UTF8_LF = new SourceInfo("UTF-8", false, false, "\n");
}
