package dev.archivist.io.save;

import dev.archivist.io.read.TextDecoder;
import dev.archivist.model.SourceInfo;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Turns a text back into a file's bytes, in the charset and with the byte order mark it was read
 * with, and refuses a text that charset cannot hold rather than write '?' in its place.
 */
final class TextEncoder {

    private TextEncoder() {
    }

    /**
     * The bytes a save writes for the text: UTF-8 unless the file's byte order mark declared
     * UTF-16 or UTF-32 (a guessed charset is saved as UTF-8), after that mark when there was one.
     *
     * @throws WriteRefused when a character has no form in that charset (a broken surrogate pair)
     */
    static byte[] encode(String text, SourceInfo source) throws WriteRefused {
        Charset cs = charset(source.savedCharset());
        byte[] mark = source.bom() && !source.detected() ? TextDecoder.mark(cs) : new byte[0];
        try {
            ByteBuffer body = cs.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[mark.length + body.remaining()];
            System.arraycopy(mark, 0, bytes, 0, mark.length);
            body.get(bytes, mark.length, body.remaining());
            return bytes;
        } catch (CharacterCodingException e) {
            throw unencodable(text, cs);
        }
    }

    private static Charset charset(String name) throws WriteRefused {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new WriteRefused("this Java cannot write the file's charset " + name + "; nothing was written", e);
        }
    }

    /** The refusal for a text with a character the charset has no form for, saying where it is. */
    private static WriteRefused unencodable(String text, Charset cs) {
        int at = firstUnencodable(text, cs);
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        long line = 1 + text.chars().limit(at).filter(c -> c == '\n').count();
        char c = text.charAt(at);
        String what = String.format("U+%04X", (int) c) + (Character.isSurrogate(c) ? ", half of a surrogate pair" : "");
        return new WriteRefused("the text cannot be written in " + cs.name() + ": the character at line " + line
                + ", column " + (at - lineStart + 1) + " (" + what + ") has no " + cs.name()
                + " form; nothing was written");
    }

    private static int firstUnencodable(String text, Charset cs) {
        CharsetEncoder encoder = cs.newEncoder();
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(8192);
        while (true) {
            CoderResult r = encoder.encode(in, out, true);
            if (r.isOverflow()) {
                out.clear();
            } else if (r.isError()) {
                return in.position();
            } else {
                // only called once the encoder has refused the text, so this is not reached
                return Math.max(0, text.length() - 1);
            }
        }
    }
}
