package dev.archivist.edit.sequences;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values a user or a script may write: plain Java data (String, Integer, Double, Boolean, null,
 * List, Map) picked at random from texts that are hard to write safely, and the same data as the
 * engine's nodes and as the model's.
 */
final class Values {
    /** Strings that are something else when written plain, that need escapes, quotes or blocks. */
    static final List<String> HARD = List.of(
            "yes", "No", "on", "~", "null", "+1", "0:45", "1:44", "2021-07-19", "2021-07-19 10:00:00", "1e3", ".inf",
            "0x1F", "1,000", "here is the paper:", "- item", "? q", "# not a comment", "a # b", "a: b", "@user",
            "`code`", "*bold*", "&anchor", "!tag", "%x", "|", ">", "[a, b]", "{a: b}", "'single'", "\"double\"",
            "it's", "line1\nline2", "trailing\n", "\n\nleading newlines", "line\n indented", "space before \nbreak", "two\n\nparagraphs", "  leading spaces",
            "trailing spaces  ", "tab\tinside", "\ttab first", "caf\u00e9 \u2013 \u201cquotes\u201d \u2018single\u2019 \ud83d\ude02 na\u00efve",
            "non\u00a0breaking", "zero\u200bwidth", "soft\u00adhyphen", "line\u2028separator", "bidi\u202eswap",
            "bell\u0007", "\ud83d\udc4d\ud83c\udffd family \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "Q&amp;A &lt;b&gt;", ":smile: :thank_you:", "<https://x.org|x>", "[https://x.org](https://x.org)",
            "see https://x.org/?utm_source=a&utm_medium=b&id=1", "", "---", "...", "back\\slash \\u00e9 literal",
            "Edited: na\u00efve caf\u00e9 \u201cquotes\u201d 'single' yes: no # not a comment");

    private static final List<String> WORDS = List.of("data", "model", "the", "pipeline", "book", "question", "a",
            "thanks", "https://example.org/some/long/path?x=1", "caf\u00e9", "\u201cquote\u201d", "it's", "#3", "x:y");

    private Values() {
    }

    static String text(Random rnd) {
        int kind = rnd.nextInt(10);
        if (kind < 6) {
            return HARD.get(rnd.nextInt(HARD.size()));
        }
        if (kind < 8) {
            return HARD.get(rnd.nextInt(HARD.size())) + " " + HARD.get(rnd.nextInt(HARD.size()));
        }
        StringBuilder sb = new StringBuilder();
        int n = 20 + rnd.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : rnd.nextInt(12) == 0 ? "\n" : " ").append(WORDS.get(rnd.nextInt(WORDS.size())));
        }
        return sb.toString();
    }

    static String name(Random rnd) {
        return List.of("Ann Example", "Bob Builder", "Mar\u00eda N\u00fa\u00f1ez", "yes", "Dr. O'Brien", "Serg Mas\u00eds",
                "", "Kenji: the reviewer").get(rnd.nextInt(8));
    }

    /** A value for set: mostly a string, sometimes another JSON value. */
    static Object any(Random rnd) {
        return switch (rnd.nextInt(20)) {
            case 0 -> rnd.nextInt(2000) - 1000;
            case 1 -> rnd.nextBoolean();
            case 2 -> null;
            case 3 -> List.of(text(rnd), name(rnd));
            case 4 -> message(rnd);
            case 5 -> 3.5;
            default -> text(rnd);
        };
    }

    static Map<String, Object> message(Random rnd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name(rnd));
        m.put("text", text(rnd));
        return m;
    }

    /** The engine's node for a value, as the edit script's JSON would make it. */
    static YNode node(Object v) {
        if (v == null) {
            return YScalar.nullValue();
        }
        if (v instanceof String s) {
            return YScalar.str(s);
        }
        if (v instanceof Boolean b) {
            return new YScalar(b.toString(), "bool", ScalarStyle.PLAIN, null);
        }
        if (v instanceof Integer i) {
            return new YScalar(i.toString(), "int", ScalarStyle.PLAIN, null);
        }
        if (v instanceof Double d) {
            return new YScalar(d.toString(), "float", ScalarStyle.PLAIN, null);
        }
        if (v instanceof List<?> l) {
            List<YNode> items = new ArrayList<>();
            l.forEach(x -> items.add(node(x)));
            return new YSequence(items, items.isEmpty(), null);
        }
        List<YEntry> entries = new ArrayList<>();
        ((Map<?, ?>) v).forEach((k, x) -> entries.add(new YEntry(YScalar.str((String) k), node(x))));
        return YMapping.of(entries);
    }
}
