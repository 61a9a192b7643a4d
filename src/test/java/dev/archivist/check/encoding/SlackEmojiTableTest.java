package dev.archivist.check.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Slack alias table the check reads is jemoji's own: after upgrading jemoji, run this test
 * with {@code -Darchivist.regenerate=true} to write the file again, and review its diff.
 */
class SlackEmojiTableTest {
    private static final Path FILE = Path.of("src/main/resources/dev/archivist/check/encoding", EmojiShortcodes.TABLE);

    @Test
    void theTableFileHoldsJemojisSlackAliases() throws IOException {
        Map<String, String> jemoji = EmojiShortcodes.fromJemoji();
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(jemoji).forEach((alias, emoji) -> sb.append(alias).append('\t').append(emoji).append('\n'));
        if (Boolean.getBoolean("archivist.regenerate")) {
            Files.writeString(FILE, sb, StandardCharsets.UTF_8);
        }
        assertEquals(sb.toString(), Files.readString(FILE, StandardCharsets.UTF_8),
                "the table differs from jemoji's: regenerate it with -Darchivist.regenerate=true");
        assertEquals(jemoji, EmojiShortcodes.table(), "the check reads the table file");
        assertTrue(jemoji.size() > 3000, "jemoji has " + jemoji.size() + " Slack aliases");
    }
}
