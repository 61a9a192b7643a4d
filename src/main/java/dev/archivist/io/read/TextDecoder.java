package dev.archivist.io.read;

import dev.archivist.model.ParseError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a file's bytes into text: strict UTF-8, UTF-16 or UTF-32 when a byte order mark declares
 * it, or a detected charset reported to the user.
 */
public final class TextDecoder {
    /** The largest file Archivist opens; archives of 15 MB must open, a runaway file must not. */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The charsets a byte order mark can declare besides UTF-8, each looked for before any it starts with. */
    private static final List<Charset> DECLARABLE = List.of(Charset.forName("UTF-32LE"), Charset.forName("UTF-32BE"),
            StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    /**
     * The decoded text (BOM removed) and how it was decoded, or the reason it could not be.
     * {@code detected}: the charset was guessed; {@code bom}: a byte order mark declared it.
     */
    public record Decoded(String text, String charset, boolean detected, boolean bom, ParseError error) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return failed("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return failed("the file is " + (bytes.length / (1024 * 1024)) + " MB; Archivist opens files up to "
                    + (MAX_BYTES / (1024 * 1024)) + " MB");
        }
        // a UTF-16 or UTF-32 text is half NUL bytes: its mark must be read before the NUL test
        Charset declared = declaredByMark(bytes);
        if (declared != null) {
            return declared(bytes, declared);
        }
        boolean bom = startsWith(bytes, UTF8_BOM);
        int offset = bom ? 3 : 0;
        // a NUL byte makes a binary file, whatever its charset
        int nul = indexOf(bytes, offset, (byte) 0);
        if (nul >= 0) {
            return new Decoded(null, null, false, false, placed("this is a binary file, not text (a NUL byte at byte "
                    + nul + ")", bytes, offset, nul));
        }
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, "UTF-8", false, bom, null);
        } catch (MalformedInputException e) {
            return detect(bytes, offset, e);
        } catch (CharacterCodingException e) {
            return failed("the file is not valid UTF-8: " + e.getMessage());
        }
    }

    private static int indexOf(byte[] bytes, int from, byte b) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Decoded detect(byte[] bytes, int offset, MalformedInputException utf8Error) {
        int bad = firstInvalidUtf8(bytes, offset);
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        // a file with valid multi-byte UTF-8 in it is broken UTF-8, not another charset: never guess
        if (name != null && !name.equalsIgnoreCase("UTF-8") && Charset.isSupported(name) && !hasUtf8Sequences(bytes)) {
            try {
                String text = strict(Charset.forName(name)).decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(text, Charset.forName(name).name(), true, false, null);
            } catch (CharacterCodingException e) {
                // fall through to the UTF-8 error, which says where the bad byte is
            }
        }
        return new Decoded(null, null, false, false, placed("the file is not valid UTF-8 (byte 0x"
                + String.format("%02X", bytes[bad] & 0xFF) + " at byte " + bad + ") and its charset could not be recognised",
                bytes, offset, bad));
    }

    /** The charset a UTF-16 or UTF-32 byte order mark declares, or null (also for UTF-8's mark). */
    static Charset declaredByMark(byte[] bytes) {
        // UTF-32LE's mark starts with UTF-16LE's, so it is looked for first
        for (Charset cs : DECLARABLE) {
            if (startsWith(bytes, mark(cs))) {
                return cs;
            }
        }
        return null;
    }

    /** The bytes that start a file in this charset when it has a byte order mark. */
    public static byte[] mark(Charset cs) {
        return "\uFEFF".getBytes(cs);
    }

    /** A text whose byte order mark declares its charset: decoded strictly, never guessed. */
    private static Decoded declared(byte[] bytes, Charset cs) {
        int offset = mark(cs).length;
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharsetDecoder decoder = strict(cs);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            return new Decoded(null, null, false, false, placed("the file's byte order mark says " + cs.name()
                    + ", but it is not valid " + cs.name() + " (at byte " + in.position() + ")", out, out.limit()));
        }
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new Decoded(null, null, false, false,
                    placed("this is a binary file, not text (a NUL character in " + cs.name() + ")", text, nul));
        }
        return new Decoded(text, cs.name(), false, true, null);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** An error at a byte: lines end at LF bytes, and the column counts bytes from 1 (after a mark on line 1). */
    private static ParseError placed(String message, byte[] bytes, int from, int at) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ParseError(message, line, at - lineStart + 1);
    }

    /** An error at a char of decoded text: the line and the column in chars, both from 1. */
    private static ParseError placed(String message, CharSequence text, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new ParseError(message, line, at - lineStart + 1);
    }

    /** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
    private static boolean hasUtf8Sequences(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            int c = b[i] & 0xFF;
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
            if (len == 0 || c > 0xF4 || i + len > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static Decoded failed(String message) {
        return new Decoded(null, null, false, false, new ParseError(message, 0, 0));
    }
}
