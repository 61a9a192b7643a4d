package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time scan finds what a byte-by-byte one finds, wherever the bytes stand. */
class ByteSignsTest {

    /** The reference: byte by byte. */
    private static ByteSigns.Found naive(byte[] b, int from) {
        boolean cr = false;
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return new ByteSigns.Found(i, cr);
            }
            cr |= b[i] == '\r';
        }
        return new ByteSigns.Found(-1, cr);
    }

    @Test
    void everyPlaceInAndAroundAWordIsFound() {
        // each sign alone and both, at every index of short arrays, from every start
        for (int n = 0; n <= 40; n++) {
            for (int from = 0; from <= Math.min(3, n); from++) {
                for (int at = 0; at < n; at++) {
                    for (byte sign : new byte[] {0, '\r'}) {
                        byte[] b = filled(n, (byte) 'a');
                        b[at] = sign;
                        assertEquals(naive(b, from), ByteSigns.scan(b, from), "n " + n + " from " + from + " at " + at);
                        if (at + 3 < n) {
                            b[at + 3] = (byte) (sign == 0 ? '\r' : 0);
                            assertEquals(naive(b, from), ByteSigns.scan(b, from), "two signs, n " + n + " at " + at);
                        }
                    }
                }
                assertEquals(naive(filled(n, (byte) 'a'), from), ByteSigns.scan(filled(n, (byte) 'a'), from));
            }
        }
    }

    @Test
    void bytesNearTheSignsDoNotFoolTheWordTest() {
        // the bytes next to 0 and 13 (1, 12, 14, 0x80, 0xFF, 0x8D) and UTF-8 lead and continuation bytes
        byte[] near = {1, 12, 14, 0x0C, 0x0E, (byte) 0x80, (byte) 0xFF, (byte) 0x8D, (byte) 0x8C, (byte) 0xE2, (byte) 0x9D,
            (byte) 0xC3, (byte) 0xA9, ' ', '\n', 'a', 0, '\r'};
        Random random = new Random(20261206);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(70)];
            for (int i = 0; i < b.length; i++) {
                // signs rarely, so that most arrays hold none, or only a CR
                int k = random.nextInt(100) < 3 ? near.length - 2 + random.nextInt(2) : random.nextInt(near.length - 2);
                b[i] = near[k];
            }
            int from = b.length == 0 ? 0 : random.nextInt(Math.min(4, b.length + 1));
            assertEquals(naive(b, from), ByteSigns.scan(b, from), java.util.Arrays.toString(b) + " from " + from);
        }
    }

    @Test
    void aCrAfterTheFirstNulIsNotCounted() {
        byte[] b = "ab\0cd\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(new ByteSigns.Found(2, false), ByteSigns.scan(b, 0));
        byte[] c = "a\r\nb".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(new ByteSigns.Found(-1, true), ByteSigns.scan(c, 0));
    }

    private static byte[] filled(int n, byte value) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, value);
        return b;
    }
}
