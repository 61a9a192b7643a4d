package dev.archivist.check.encoding;

import dev.archivist.check.MarkdownText;
import dev.archivist.model.Kind;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code encoding.literal-escape}: an escape such as <code>&#92;u2019</code> or <code>&#92;xe9</code> standing in
 * the value as text (a plain, single-quoted or block scalar does not process escapes, or the
 * backslash was itself escaped). Only escapes of non-ASCII characters count: {@code \n} or
 * {@code \x41} in prose are usually someone writing about code. Code and URLs are skipped.
 * Reported only: whether the author meant the character or the text is a person's call.
 */
final class LiteralEscapes {
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))");

    private LiteralEscapes() {
    }

    static void check(ScalarText s) {
        if (!s.has(ScalarText.BACKSLASH)) {
            return;
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ESCAPE.matcher(s.value);
        for (int from = 0; Finds.next(m, s.value, '\\', from); from = m.end()) {
            String hex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            long cp = Long.parseLong(hex, 16);
            if (cp >= 0x80 && cp <= 0x10FFFF && !MarkdownText.escaped(s.value, m.start())
                    && s.regions().prose(m.start(), m.end())) {
                found.add(m.group());
            }
        }
        if (!found.isEmpty()) {
            s.report(Kind.LITERAL_ESCAPE, "escape written as text (the page shows it as typed): "
                    + String.join(" ", found));
        }
    }

}
