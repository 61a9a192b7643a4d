package dev.archivist.check.encoding;

import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fellbaum.jemoji.EmojiManager;
import net.fellbaum.jemoji.IndexedEmoji;

/**
 * {@code encoding.invisible-char}: zero-width spaces, word joiners, byte order marks, soft
 * hyphens, no-break spaces, control characters, line and paragraph separators, and variation
 * selectors or joiners outside emoji. Removed, or replaced by what they stand for (a space, a
 * line break); the joiners and selectors inside real emoji sequences stay.
 */
final class InvisibleChars {
    private static final char NBSP = '\u00A0';
    private static final char SHY = '\u00AD';
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final char VS15 = '\uFE0E';
    private static final char VS16 = '\uFE0F';

    private InvisibleChars() {
    }

    static void check(ScalarText s) {
        if (!s.has(ScalarText.INVISIBLE)) {
            return;
        }
        boolean md = s.markdown;
        Set<String> changed = new LinkedHashSet<>();
        Set<String> kept = new LinkedHashSet<>();
        Fragments.Change[] first = new Fragments.Change[1];
        String fixed = fix(s.value, md, changed, kept, first);
        if (!changed.isEmpty()) {
            String[] f = Fragments.around(s.value, fixed, first[0]);
            s.report(Kind.INVISIBLE_CHAR, "invisible or control characters: " + String.join(", ", changed),
                    Fix.safe(visible(f[0]), f[1], new Edit.TextEdit(s.path, v -> fix(v, md))));
        }
        if (!kept.isEmpty()) {
            s.report(Kind.INVISIBLE_CHAR, String.join(", ", kept) + " left as written: it indents a line or may "
                    + "be part of mojibake");
        }
    }

    /** The value with every removable invisible character removed or replaced. Pure and idempotent. */
    static String fix(String value, boolean markdown) {
        return fix(value, markdown, null, null, null);
    }

    /** One pass: the fixed text, naming what was changed and what had to stay (when asked). */
    private static String fix(String value, boolean markdown, Set<String> changed, Set<String> kept,
                              Fragments.Change[] first) {
        int candidate = next(value, 0);
        if (candidate < 0) {
            return value;
        }
        List<IndexedEmoji> emoji = needsEmoji(value) ? EmojiManager.extractEmojisInOrderWithIndex(value) : List.of();
        StringBuilder out = new StringBuilder(value.length());
        int e = 0;
        int last = 0;
        for (int i = candidate; i >= 0; i = next(value, i + 1)) {
            char c = value.charAt(i);
            while (e < emoji.size() && emoji.get(e).getEndCharIndex() <= i) {
                e++;
            }
            String r = e < emoji.size() && emoji.get(e).getCharIndex() <= i ? String.valueOf(c) : replacement(value, i, markdown);
            out.append(value, last, i).append(r);
            last = i + 1;
            boolean same = r.length() == 1 && r.charAt(0) == c;
            if (first != null && first[0] == null && !same) {
                first[0] = new Fragments.Change(i, i + 1, out.length());
            }
            if (changed != null && !same) {
                changed.add(name(c));
            } else if (kept != null && same && !emojiPart(c)) {
                kept.add(name(c));
            }
        }
        out.append(value, last, value.length());
        return out.toString();
    }

    private static String replacement(String value, int i, boolean markdown) {
        char c = value.charAt(i);
        if ((c == NBSP || c == SHY || c >= 0x80 && c <= 0x9F) && Cp1252.inSequence(value, i)) {
            return String.valueOf(c); // the mojibake check decides
        }
        if (c == NBSP) {
            return markdown && leading(value, i) ? String.valueOf(c) : " ";
        }
        if (c == '\u2028' || c == '\u2029') {
            return markdown ? "\n" : " ";
        }
        if (c == '\r') {
            return i + 1 < value.length() && value.charAt(i + 1) == '\n' ? "" : markdown ? "\n" : " ";
        }
        if (c == ZWJ || c == ZWNJ) {
            return joinsScript(value, i) ? String.valueOf(c) : "";
        }
        return "";
    }

    /** Only white space before it on its line: a no-break space there indents the line. */
    private static boolean leading(String value, int i) {
        for (int k = i - 1; k >= 0 && value.charAt(k) != '\n'; k--) {
            if (value.charAt(k) != ' ' && value.charAt(k) != NBSP && value.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Joiners outside emoji matter in scripts such as Persian or Devanagari: kept next to letters that are not ASCII. */
    private static boolean joinsScript(String value, int i) {
        char before = i > 0 ? value.charAt(i - 1) : ' ';
        char after = i + 1 < value.length() ? value.charAt(i + 1) : ' ';
        return before >= 0x80 && Character.isLetter(before) || after >= 0x80 && Character.isLetter(after)
                || Character.getType(before) == Character.NON_SPACING_MARK;
    }

    /** The next candidate at or after {@code from}, or -1. */
    private static int next(String value, int from) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || c >= 0x7F) && candidate(c)) {
                return i;
            }
        }
        return -1;
    }

    static boolean candidate(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c == NBSP || c == SHY
                || c == '\u200B' || c == ZWNJ || c == ZWJ || c == '\u2060' || c == '\uFEFF'
                || c == '\u2028' || c == '\u2029' || c == VS15 || c == VS16;
    }

    /** Characters that are normal inside an emoji and so are not "left over" when kept. */
    private static boolean emojiPart(char c) {
        return c == ZWJ || c == VS16 || c == VS15 || c == ZWNJ;
    }

    private static boolean needsEmoji(String value) {
        return value.indexOf(ZWJ) >= 0 || value.indexOf(VS16) >= 0 || value.indexOf(VS15) >= 0;
    }

    /**
     * The fragment with each invisible character shown as its code ({@code <U+200B>}), so a
     * person sees it; joiners and selectors are not, as most of them belong to emoji.
     */
    static String visible(String fragment) {
        StringBuilder out = new StringBuilder(fragment.length() + 16);
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (candidate(c) && !emojiPart(c)) {
                out.append('<').append(code(c)).append('>');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String name(char c) {
        return switch (c) {
            case NBSP -> "no-break space";
            case SHY -> "soft hyphen";
            case '\u200B' -> "zero-width space";
            case ZWNJ -> "zero-width non-joiner";
            case ZWJ -> "zero-width joiner";
            case '\u2060' -> "word joiner";
            case '\uFEFF' -> "byte order mark";
            case '\u2028' -> "line separator";
            case '\u2029' -> "paragraph separator";
            case VS15, VS16 -> "variation selector";
            default -> "control character " + code(c);
        };
    }

    /** {@code U+00A0}: four hex digits, upper case. */
    private static String code(char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "U+" + "0".repeat(4 - hex.length()) + hex;
    }
}
