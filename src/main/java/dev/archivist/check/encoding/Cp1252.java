package dev.archivist.check.encoding;

/**
 * The bytes behind text that was decoded as Windows-1252 (or Latin-1): each character maps back
 * to one byte. "Sloppy" like ftfy and browsers: the five bytes cp1252 leaves undefined come back
 * as the C1 controls Latin-1 gives them.
 */
final class Cp1252 {
    /** Characters cp1252 puts at bytes 0x80..0x9F ('\0' where it defines none). */
    private static final String HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    private Cp1252() {
    }

    /** The byte (0..255) that decodes to this char, or -1 when none does. */
    static int byteOf(char c) {
        if (c <= 0xFF) {
            return c; // C1 controls too: the same bytes read as Latin-1
        }
        int i = HIGH.indexOf(c);
        return i >= 0 ? 0x80 + i : -1;
    }

    /** A byte that continues a UTF-8 sequence (10xxxxxx). */
    static boolean continuation(int b) {
        return b >= 0x80 && b <= 0xBF;
    }

    /** How long a UTF-8 sequence starting with this byte is (2..4), or 0 when it cannot start one. */
    static int sequenceLength(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    /**
     * The code point of the valid UTF-8 sequence whose bytes are the chars at {@code start}
     * (shortest form, no surrogates, at most U+10FFFF), or -1.
     */
    static int decodeAt(CharSequence text, int start) {
        int lead = start < text.length() ? byteOf(text.charAt(start)) : -1;
        int n = sequenceLength(lead);
        if (n == 0 || start + n > text.length()) {
            return -1;
        }
        int cp = lead & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int b = byteOf(text.charAt(start + k));
            if (!continuation(b)) {
                return -1;
            }
            cp = cp << 6 | b & 0x3F;
        }
        boolean overlong = n == 3 && cp < 0x800 || n == 4 && cp < 0x10000;
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return overlong || surrogate || cp > 0x10FFFF ? -1 : cp;
    }

    /** How many chars the sequence at {@code start} takes (its byte count), or 0. */
    static int lengthAt(CharSequence text, int start) {
        return decodeAt(text, start) < 0 ? 0 : sequenceLength(byteOf(text.charAt(start)));
    }

    /** True when the char at {@code index} is part of a valid UTF-8 sequence of this text's bytes. */
    static boolean inSequence(CharSequence text, int index) {
        for (int start = Math.max(0, index - 3); start <= index; start++) {
            int n = lengthAt(text, start);
            if (n > 0 && start + n > index) {
                return true;
            }
        }
        return false;
    }
}
