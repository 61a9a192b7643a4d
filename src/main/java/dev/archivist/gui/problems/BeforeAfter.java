package dev.archivist.gui.problems;

import dev.archivist.gui.common.Css;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.EmojiManager;
import net.fellbaum.jemoji.IndexedEmoji;
import javafx.scene.text.Text;

/**
 * A fix's before and after as text runs with the changed middle marked, trimmed around the
 * change when the values are long.
 */
public final class BeforeAfter {
    private static final int CONTEXT = 60;
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private BeforeAfter() {
    }

    /** The runs for the "before" side ({@code changedClass} on what goes) or the "after" side. */
    public static List<Text> runs(String before, String after, boolean beforeSide) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        Change c = change(b, a);
        String s = beforeSide ? b : a;
        BitSet cuts = boundaries(s);
        int end = s.length() - c.suffix();
        int from = cuts.previousSetBit(Math.max(0, c.prefix() - CONTEXT));
        int to = cuts.nextSetBit(Math.min(s.length(), end + CONTEXT));
        List<Text> out = new ArrayList<>();
        out.add(text((from > 0 ? "…" : "") + visible(s.substring(from, c.prefix())), null));
        out.add(text(visible(s.substring(c.prefix(), end)), beforeSide ? Css.DIFF_REMOVED : Css.DIFF_ADDED));
        out.add(text(visible(s.substring(end, to)) + (to < s.length() ? "…" : ""), null));
        return out;
    }

    /**
     * What the two sides have in common around the change, in UTF-16 units: the common prefix
     * and suffix, cut back to where both texts have a character boundary, so an emoji (a
     * surrogate pair, a skin tone, a ZWJ sequence, a variation selector) is marked whole.
     */
    record Change(int prefix, int suffix) {
    }

    static Change change(String b, String a) {
        int prefix = 0;
        while (prefix < b.length() && prefix < a.length() && b.charAt(prefix) == a.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < b.length() - prefix && suffix < a.length() - prefix
                && b.charAt(b.length() - 1 - suffix) == a.charAt(a.length() - 1 - suffix)) {
            suffix++;
        }
        BitSet bCuts = boundaries(b);
        BitSet aCuts = boundaries(a);
        while (!bCuts.get(prefix) || !aCuts.get(prefix)) {
            prefix--;
        }
        while (!bCuts.get(b.length() - suffix) || !aCuts.get(a.length() - suffix)) {
            suffix--;
        }
        return new Change(prefix, suffix);
    }

    /** Where the text's user-perceived characters (extended grapheme clusters) begin, and its end. */
    static BitSet boundaries(String s) {
        // java.text.BreakIterator of Java 17 splits ZWJ sequences, skin tones and flags; \X does not
        BitSet cuts = new BitSet(s.length() + 1);
        cuts.set(0);
        Matcher m = GRAPHEME.matcher(s);
        while (m.find()) {
            cuts.set(m.end());
        }
        return cuts;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("fix-run");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        return t;
    }

    /**
     * Shows invisible characters, so a fix that removes one shows what it removes; the joiners
     * and selectors inside a real emoji sequence stay, so the emoji shows as itself.
     */
    static String visible(String s) {
        BitSet emoji = new BitSet();
        if (s.indexOf('\u200D') >= 0 || s.indexOf('\uFE0F') >= 0 || s.indexOf('\uFE0E') >= 0) {
            for (IndexedEmoji e : EmojiManager.extractEmojisInOrderWithIndex(s)) {
                emoji.set(e.getCharIndex(), e.getEndCharIndex());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c == '\n') {
                sb.append("⏎\n");
            } else if (!emoji.get(i) && (Character.getType(c) == Character.FORMAT || Character.isISOControl(c)
                    || c == 0xA0 || c == 0xAD || c == 0xFE0E || c == 0xFE0F)) {
                sb.append(String.format("⟨U+%04X⟩", c));
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }
}
