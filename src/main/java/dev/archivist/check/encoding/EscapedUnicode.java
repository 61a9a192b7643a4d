package dev.archivist.check.encoding;

import dev.archivist.io.write.ScalarRules;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.Span;

/**
 * {@code encoding.escaped-unicode}: a double-quoted scalar whose source writes non-ASCII
 * characters as <code>&#92;xNN</code>, <code>&#92;uNNNN</code> or <code>&#92;UNNNNNNNN</code> (PyYAML's dump without
 * {@code allow_unicode}). The fix rewrites the scalar in the house style, which writes the
 * characters themselves; escapes of invisible characters stay, so they do not count.
 */
final class EscapedUnicode {

    private EscapedUnicode() {
    }

    static void check(ScalarText s) {
        Span span = s.scalar.span();
        if (span == null || s.scalar.style() != ScalarStyle.DOUBLE_QUOTED) {
            return;
        }
        String source = s.context.document().text();
        for (int i = source.indexOf('\\', span.start()); i >= 0 && i < span.end(); i = source.indexOf('\\', i + 2)) {
            int len = escapeLength(source, i, span.end());
            if (len > 0) {
                String before = source.substring(i, i + len);
                String after = new String(Character.toChars(codePoint(source, i)));
                String message = "non-ASCII characters written as escapes (" + before + " is " + after + ")";
                s.report(Kind.ESCAPED_UNICODE, message, Fix.safe(before, after, new Edit.Restyle(s.path)));
                return;
            }
        }
    }

    /**
     * The length of the escape at {@code i} when it stands for a character the house style
     * writes as itself (a surrogate pair counts as one), else 0.
     */
    private static int escapeLength(String source, int i, int end) {
        int cp = codePoint(source, i);
        if (cp < 0x80 || cp <= 0xFFFF && ScalarRules.needsEscape((char) cp)) {
            return 0;
        }
        int len = digits(source.charAt(i + 1)) + 2;
        return cp > 0xFFFF && len == 6 && i + 12 <= end ? 12 : len;
    }

    /** The code point an escape stands for (a high surrogate followed by its low one joined), or -1. */
    private static int codePoint(String source, int i) {
        if (i + 1 >= source.length()) {
            return -1;
        }
        int n = digits(source.charAt(i + 1));
        int cp = n == 0 ? -1 : hex(source, i + 2, n);
        if (cp >= 0xD800 && cp <= 0xDBFF && source.startsWith("\\u", i + 6)) {
            int low = hex(source, i + 8, 4);
            return low >= 0xDC00 && low <= 0xDFFF ? Character.toCodePoint((char) cp, (char) low) : -1;
        }
        return cp < 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? -1 : cp;
    }

    private static int digits(char c) {
        return c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    }

    private static int hex(String s, int from, int n) {
        if (from + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + n; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
