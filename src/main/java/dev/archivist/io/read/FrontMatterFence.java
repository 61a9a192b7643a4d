package dev.archivist.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file opens with a front matter fence, told from its first bytes read in the charset
 * its byte order mark declares (UTF-8 without one): how the editor's file list and the command
 * line's folder search pick the pages of a folder without reading whole files.
 */
public final class FrontMatterFence {
    /** A UTF-32 mark, then {@code ---} and the char after it. */
    private static final int HEAD_BYTES = 4 + 4 * 4;

    private FrontMatterFence() {
    }

    /**
     * True when the file's first line is {@code ---}, alone or followed by a space or a tab.
     *
     * @throws IOException when the file cannot be read
     */
    public static boolean opens(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return opens(in.readNBytes(HEAD_BYTES));
        }
    }

    /** As {@link #opens(Path)}, for a file's first bytes (at least {@value #HEAD_BYTES} of them when it has as many). */
    static boolean opens(byte[] head) {
        Charset cs = TextDecoder.declaredByMark(head);
        byte[] utf8Mark = TextDecoder.mark(StandardCharsets.UTF_8);
        int from;
        if (cs != null) {
            from = TextDecoder.mark(cs).length;
        } else {
            cs = StandardCharsets.UTF_8;
            from = head.length >= utf8Mark.length && Arrays.equals(head, 0, utf8Mark.length, utf8Mark, 0,
                    utf8Mark.length) ? utf8Mark.length : 0;
        }
        // a char cut at the end of the head decodes as U+FFFD, past the four looked at
        String s = new String(head, from, head.length - from, cs);
        if (!s.startsWith("---")) {
            return false;
        }
        if (s.length() == 3) {
            return true;
        }
        char next = s.charAt(3);
        return next == '\n' || next == '\r' || next == ' ' || next == '\t';
    }
}
