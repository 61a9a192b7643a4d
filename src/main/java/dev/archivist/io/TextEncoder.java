package dev.archivist.io;

import dev.archivist.model.SourceInfo;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a text back into a file's bytes, in the charset and with the byte order mark it was read
 * with, and refuses a text that charset cannot hold rather than write '?' in its place.
 */
final class TextEncoder {
    /** Texts this long are encoded in pieces on all cores. */
    private static final int ENCODE_PIECE_CHARS = 1 << 20;

    private TextEncoder() {
    }

    /**
     * The bytes a save writes for the text, in consecutive pieces: UTF-8 unless the file's byte
     * order mark declared UTF-16 or UTF-32 (a guessed charset is saved as UTF-8).
     *
     * @throws WriteRefused when a character has no form in that charset (a broken surrogate pair)
     */
    static List<byte[]> encode(String text, SourceInfo source) throws WriteRefused {
        Charset cs = charset(source.savedCharset());
        boolean bom = source.bom() && !source.detected();
        if (cs.equals(StandardCharsets.UTF_8)) {
            List<byte[]> pieces = utf8Pieces(text, bom, true);
            if (pieces == null) {
                throw unencodable(text, cs);
            }
            return pieces;
        }
        try {
            ByteBuffer body = cs.newEncoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[body.remaining()];
            body.get(bytes);
            return bom ? List.of(TextDecoder.mark(cs), bytes) : List.of(bytes);
        } catch (CharacterCodingException e) {
            throw unencodable(text, cs);
        }
    }

    /**
     * The UTF-8 bytes of a text, after UTF-8's byte order mark when there is one, in consecutive
     * pieces: a large text is encoded in pieces on all cores (50 ms on one core for a 14.5 MB
     * page), each cut between two whole characters. Unchecked: a broken pair becomes '?', as in
     * {@link String#getBytes}.
     */
    static List<byte[]> encodeInPieces(String text, boolean bom) {
        return utf8Pieces(text, bom, false);
    }

    /** The pieces, or null when {@code strict} and a piece holds a broken surrogate pair. */
    private static List<byte[]> utf8Pieces(String text, boolean bom, boolean strict) {
        List<byte[]> pieces = new ArrayList<>();
        if (bom) {
            pieces.add(TextDecoder.mark(StandardCharsets.UTF_8));
        }
        int n = text.length() < ENCODE_PIECE_CHARS ? 1
                : Math.min(text.length() / ENCODE_PIECE_CHARS, Runtime.getRuntime().availableProcessors() * 2);
        int[] cuts = new int[n + 1];
        cuts[n] = text.length();
        for (int i = 1; i < n; i++) {
            int cut = (int) ((long) text.length() * i / n);
            // never between the two halves of a pair: each half alone would be written as '?'
            cuts[i] = Character.isHighSurrogate(text.charAt(cut - 1)) ? cut + 1 : cut;
        }
        // each piece is checked where it is encoded, so a large text is scanned on all cores too
        List<byte[]> body = n == 1 ? Collections.singletonList(utf8(text, strict))
                : IntStream.range(0, n).parallel().mapToObj(i -> utf8(text.substring(cuts[i], cuts[i + 1]), strict)).toList();
        if (body.contains(null)) {
            return null;
        }
        pieces.addAll(body);
        return pieces;
    }

    private static byte[] utf8(String piece, boolean strict) {
        return strict && !ArchiveWriter.encodable(piece) ? null : piece.getBytes(StandardCharsets.UTF_8);
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
