package dev.archivist.io;

import dev.archivist.model.ParseError;
import dev.archivist.model.TextFacts;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/** Turns a file's bytes into text: strict UTF-8, or a detected charset reported to the user. */
final class TextDecoder {
    /** The largest file Archivist opens; archives of 15 MB must open, a runaway file must not. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The decoded text (BOM removed) and how it was decoded, or the reason it could not be. */
    record Decoded(String text, String charset, boolean detected, boolean bom, ParseError error) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return failed("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return failed("the file is " + (bytes.length / (1024 * 1024)) + " MB; Archivist opens files up to "
                    + (MAX_BYTES / (1024 * 1024)) + " MB");
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        // a NUL byte makes a binary file, whatever its charset; the same pass finds whether the
        // text will hold a CR, which the split, the parser and the line index would each ask
        ByteSigns.Found signs = ByteSigns.scan(bytes, offset);
        if (signs.firstNul() >= 0) {
            return failed("this is a binary file, not text (a NUL byte at byte " + signs.firstNul() + ")");
        }
        // the JDK's own decoding is several times quicker than a CharsetDecoder, but replaces bad
        // bytes with U+FFFD: a text without U+FFFD was valid; one with it is decoded strictly
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return utf8(fast, bom, signs.carriageReturn());
        }
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return utf8(text, bom, signs.carriageReturn());
        } catch (MalformedInputException e) {
            return detect(bytes, offset, e);
        } catch (CharacterCodingException e) {
            return failed("the file is not valid UTF-8: " + e.getMessage());
        }
    }

    /** A text decoded as UTF-8, in which a CR byte and a CR char are the same. */
    private static Decoded utf8(String text, boolean bom, boolean carriageReturn) {
        TextFacts.remember(text, carriageReturn);
        return new Decoded(text, "UTF-8", false, bom, null);
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
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Decoded(null, null, false, false, new ParseError(
                "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xFF)
                        + " at byte " + bad + ") and its charset could not be recognised",
                line, bad - lineStart + 1));
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
