package dev.archivist.check.encoding;

import dev.archivist.model.Kind;
import java.lang.Character.UnicodeScript;

/**
 * {@code encoding.mojibake}: UTF-8 that was read as Windows-1252 or Latin-1 ({@code Ã©} for é,
 * {@code â€™} for ’). Follows ftfy's idea: take the text's characters back to the bytes they came
 * from, decode every valid UTF-8 sequence among them, and keep the result only when it is
 * strictly less "bad" (fewer unlikely character pairs) and the evidence is more than one lone
 * two-byte sequence with no word around it.
 */
final class Mojibake {
    /** Layers of mis-decoding undone at most (text mis-decoded twice shows {@code Ã¢â‚¬â„¢}). */
    private static final int MAX_LAYERS = 3;

    private Mojibake() {
    }

    static void check(ScalarText s) {
        if (!s.has(ScalarText.LEAD)) {
            return;
        }
        String once = decodeAll(s.value);
        if (once == null) {
            return;
        }
        String fixed = fix(s.value);
        if (!fixed.equals(s.value)) {
            s.reportSafe(Kind.MOJIBAKE, "UTF-8 text read as Windows-1252 (mojibake)", fixed, Mojibake::fix);
        } else if (badness(s.value) > 0) {
            String[] f = Fragments.of(s.value, once);
            s.report(Kind.MOJIBAKE, "may be UTF-8 read as Windows-1252 (" + f[0].strip() + " would read "
                    + f[1].strip() + "), but the evidence is too weak to change it");
        }
    }

    /** The value with every layer of mojibake undone that passes the tests. Pure and idempotent. */
    static String fix(String value) {
        String text = value;
        for (int layer = 0; layer < MAX_LAYERS && hasLead(text); layer++) {
            String next = decodeAll(text);
            if (next == null || !accepted(text, next)) {
                break;
            }
            text = next;
        }
        return text;
    }

    /** A char that can start a UTF-8 sequence when read back as a cp1252 byte: Â..ô. */
    private static boolean hasLead(String value) {
        return nextLead(value, 0) >= 0;
    }

    private static int nextLead(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every plausible UTF-8 sequence decoded, or null when there is none. */
    static String decodeAll(String text) {
        StringBuilder out = null;
        int last = 0;
        for (int i = nextLead(text, 0); i >= 0; i = nextLead(text, i + 1)) {
            int cp = Cp1252.decodeAt(text, i);
            if (cp < 0 || !plausible(cp)) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, last, i).appendCodePoint(cp);
            i += Cp1252.sequenceLength(Cp1252.byteOf(text.charAt(i))) - 1;
            last = i + 1;
        }
        return out == null ? null : out.append(text, last, text.length()).toString();
    }

    private static boolean plausible(int cp) {
        int type = Character.getType(cp);
        return cp >= 0xA0 && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.CONTROL && type != Character.SURROGATE;
    }

    private static boolean accepted(String before, String after) {
        return badness(after) < badness(before) && !weak(before);
    }

    /**
     * Weak evidence: a single two-byte sequence with no letter on either side ({@code "Â½"},
     * {@code "3Ã—4"}); legitimate text can hold such a pair, so it is only reported.
     */
    private static boolean weak(String text) {
        int found = 0;
        boolean inWord = false;
        for (int i = nextLead(text, 0); i >= 0; i = nextLead(text, i + 1)) {
            int cp = Cp1252.decodeAt(text, i);
            if (cp < 0 || !plausible(cp)) {
                continue;
            }
            int n = Cp1252.sequenceLength(Cp1252.byteOf(text.charAt(i)));
            if (n > 2 || ++found > 1) {
                return false;
            }
            inWord = i > 0 && Character.isLetter(text.charAt(i - 1))
                    || i + n < text.length() && Character.isLetter(text.charAt(i + n));
            i += n - 1;
        }
        return !inWord;
    }

    /**
     * How unlikely a text looks: C1 controls and replacement characters, a would-be UTF-8 lead
     * right before a would-be continuation ({@code Ã©}, {@code â€}), and letters of two scripts
     * glued together (what a wrong decoding produces).
     */
    static int badness(String text) {
        int bad = 0;
        int prev = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (cp >= 0x80 && cp <= 0x9F || cp == 0xFFFD || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                bad += 2;
            }
            if (prev >= 0 && (leadThenContinuation(prev, cp) || mixedScripts(prev, cp))) {
                bad++;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return bad;
    }

    private static boolean leadThenContinuation(int a, int b) {
        return a >= 0x80 && a <= 0xFFFF && b <= 0xFFFF && Cp1252.sequenceLength(Cp1252.byteOf((char) a)) > 0
                && Cp1252.continuation(Cp1252.byteOf((char) b));
    }

    private static boolean mixedScripts(int a, int b) {
        if (!Character.isLetter(a) || !Character.isLetter(b) || a < 0x80 && b < 0x80) {
            return false;
        }
        UnicodeScript x = UnicodeScript.of(a);
        UnicodeScript y = UnicodeScript.of(b);
        return x != y && (x == UnicodeScript.LATIN || y == UnicodeScript.LATIN);
    }
}
