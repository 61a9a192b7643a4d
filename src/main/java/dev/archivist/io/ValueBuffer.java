package dev.archivist.io;

import java.util.Arrays;

/**
 * A growable char array for the value of a scalar being read, kept by one parser and cleared for
 * each scalar: a new {@link StringBuilder} per scalar grew by copies and was widened for the
 * first non-Latin-1 char, on every quoted value of a large page.
 */
final class ValueBuffer {
    private char[] chars = new char[256];
    private int length;

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    void append(char c) {
        if (length == chars.length) {
            grow(1);
        }
        chars[length++] = c;
    }

    void append(char[] s, int from, int count) {
        if (length + count > chars.length) {
            grow(count);
        }
        System.arraycopy(s, from, chars, length, count);
        length += count;
    }

    void appendCodePoint(int cp) {
        if (Character.isBmpCodePoint(cp)) {
            append((char) cp);
        } else {
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
        }
    }

    private void grow(int more) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
