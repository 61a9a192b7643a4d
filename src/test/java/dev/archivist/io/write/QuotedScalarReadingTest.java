package dev.archivist.io.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.model.ScalarStyle;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * On random quoted texts made of the pieces that matter, the patcher's reading of a scalar in
 * pieces must read what SnakeYAML reads, or give up.
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
        int pieces = 0;
        int tried = 20_000;
        for (int i = 0; i < tried; i++) {
            String text = random(rnd, i % 3 == 0 ? '\'' : '"');
            String yaml = "k: " + text + "\n";
            String reference = ScalarSplice.readBack(text, "\n");
            ScalarPieces split = reference == null ? null : ScalarPieces.read(yaml, 3, yaml.length() - 1,
                    text.charAt(0) == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
            if (split != null) {
                pieces++;
                assertEquals(reference, split.value(), () -> "read in pieces differently: " + text.chars().mapToObj(Integer::toHexString).toList() + " " + reference.chars().mapToObj(Integer::toHexString).toList() + " " + split.value().chars().mapToObj(Integer::toHexString).toList());
            }
        }
        assertTrue(pieces > tried / 4, "the pieces were read for few texts: " + pieces + " of " + tried);
    }
}
