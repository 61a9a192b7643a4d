package dev.archivist.gui.problems;

import dev.archivist.gui.common.Css;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;

/**
 * A fix's before and after as text runs with the changed middle marked, trimmed around the
 * change when the values are long.
 */
public final class BeforeAfter {
    private static final int CONTEXT = 60;

    private BeforeAfter() {
    }

    /** The runs for the "before" side ({@code changedClass} on what goes) or the "after" side. */
    public static List<Text> runs(String before, String after, boolean beforeSide) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        int prefix = 0;
        while (prefix < b.length() && prefix < a.length() && b.charAt(prefix) == a.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < b.length() - prefix && suffix < a.length() - prefix
                && b.charAt(b.length() - 1 - suffix) == a.charAt(a.length() - 1 - suffix)) {
            suffix++;
        }
        String s = beforeSide ? b : a;
        List<Text> out = new ArrayList<>();
        int from = Math.max(0, prefix - CONTEXT);
        int to = Math.min(s.length(), s.length() - suffix + CONTEXT);
        out.add(text((from > 0 ? "…" : "") + visible(s.substring(from, prefix)), null));
        out.add(text(visible(s.substring(prefix, s.length() - suffix)), beforeSide ? Css.DIFF_REMOVED : Css.DIFF_ADDED));
        out.add(text(visible(s.substring(s.length() - suffix, to)) + (to < s.length() ? "…" : ""), null));
        return out;
    }

    private static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add("fix-run");
        if (styleClass != null) {
            t.getStyleClass().add(styleClass);
        }
        return t;
    }

    /** Shows invisible characters, so a fix that removes one shows what it removes. */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("⏎\n");
            } else if (Character.getType(c) == Character.FORMAT || Character.isISOControl(c) || c == 0xA0 || c == 0xAD) {
                sb.append(String.format("⟨U+%04X⟩", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
