package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast parser reads quoted scalars in runs (readable chars and blanks up to a quote, an
 * escape or a line break): on random quoted texts made of the pieces that matter, it must read
 * what SnakeYAML reads, or give up.
 */
class QuotedScalarReadingTest {
    private static final List<String> PIECES = List.of(
            "word", "a", "caf\u00e9", "\ud83d\ude02", "\u201cq\u201d", " ", "  ", "\t", " \t ", "#", ": ", "- ", "'", "\"",
            "''", "\\", "\\\\", "\\\"", "\\n", "\\t", "\\ ", "\\x41", "\\u00e9", "\\U0001F602", "\\_", "\\q",
            "\n  ", "\n\n  ", " \n  ", "\t\n  ", "  \n\n  ", "\\\n  ", " \\\n  ", "\r\n  ", "\n", "\n---", "\u0001",
            "\u0085", "\u00a0", "\u200b", "\ud800");

    private static String random(Random rnd, char quote) {
        StringBuilder sb = new StringBuilder().append(quote);
        int n = 1 + rnd.nextInt(12);
        for (int k = 0; k < n; k++) {
            sb.append(PIECES.get(rnd.nextInt(PIECES.size())));
        }
        return sb.append(quote).toString();
    }

    @Test
    void randomQuotedTextsReadAsSnakeYamlReadsThem() {
        Random rnd = new Random(20261206);
        int fast = 0;
        int tried = 20_000;
        for (int i = 0; i < tried; i++) {
            String text = random(rnd, i % 3 == 0 ? '\'' : '"');
            String yaml = "k: " + text + "\n";
            String reference = KeptLines.snakeValueOf(yaml);
            String read = KeptLines.fastValueOf(yaml);
            if (read != null) {
                fast++;
                assertEquals(reference, read, () -> "read differently: " + text);
            }
        }
        assertTrue(fast > tried / 4, "the fast parser gave up on most texts: read " + fast + " of " + tried);
    }
}
