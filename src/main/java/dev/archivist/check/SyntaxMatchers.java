package dev.archivist.check;

import java.util.regex.Pattern;

/**
 * Hand-written matchers for the patterns the checks try at every candidate char of every text:
 * each returns where its pattern's {@code lookingAt} from that index would end, or -1. The
 * patterns stay the reference (a test holds each matcher to its pattern on every text of the
 * corpus, the samples, a generated archive and random texts); the matchers exist because the
 * regex engine, run by the quick compiler, took a third of the encoding checks' time.
 */
public final class SyntaxMatchers {
    /** A CommonMark URI autolink, {@code <scheme:...>}. */
    public static final Pattern URI_AUTOLINK = Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\x00-\\x20]*>");
    /**
     * An inline link (an image after a {@code !}) with nothing in it that could nest, escape or end
     * it early: no bracket, backtick, angle bracket, backslash or line break in its text, no space,
     * parenthesis, bracket, angle bracket, backslash or backtick in its destination. Such a link is
     * a link wherever it stands, so the fast passes settle it without the parser.
     */
    public static final Pattern SIMPLE_LINK = Pattern.compile("\\[([^\\[\\]\\\\`<>\\n]*)\\]\\(([^\\s()<>\\\\`\\[\\]]*)\\)");
    /** A URL as Slack and kramdown see one in running text (matched with transparent bounds, for the look-behind). */
    public static final Pattern BARE_URL = Pattern.compile(
            "(?i)(?<![\\w@])(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\\[\\]()|\"'`]+");
    /** Slack's own markup: {@code <url>}, {@code <url|label>}, {@code <@U123>}, {@code <#C123|chan>}, {@code <!here>}. */
    public static final Pattern SLACK_MARKUP = Pattern.compile(
            "<(?:(?:https?|ftps?|mailto|tel):[^>\\n]*|[@#!][^>\\n]*)>", Pattern.CASE_INSENSITIVE);
    /** An HTML entity: named, decimal or hexadecimal. */
    public static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** A Slack emoji shortcode, {@code :name:} (lowercase letters, digits, {@code _ - + '}), with its skin tone when one follows. */
    public static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+'-]{1,64}):(?::skin-tone-[2-6]:)?");

    /** Slack's link schemes that may take an {@code s}: {@code https}, {@code ftps}. */
    private static final String[] SECURED_SCHEMES = {"http", "ftp"};

    private SyntaxMatchers() {
    }

    /** {@link #URI_AUTOLINK} at {@code at}. */
    public static int uriAutolinkEnd(String s, int at) {
        int n = s.length();
        if (at >= n || s.charAt(at) != '<') {
            return -1;
        }
        int i = autolinkSchemeColon(s, at + 1);
        if (i < 0) {
            return -1;
        }
        for (i++; i < n; i++) {
            char c = s.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c <= 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index of the colon after an autolink's scheme starting at {@code at} (a letter, then 1 to
     * 31 letters, digits, {@code +}, {@code .} or {@code -}), or -1.
     */
    public static int autolinkSchemeColon(String s, int at) {
        int n = s.length();
        if (at >= n || !isAsciiLetter(s.charAt(at))) {
            return -1;
        }
        int i = at + 1;
        while (i < n && isSchemeChar(s.charAt(i))) {
            i++;
        }
        int rest = i - (at + 1);
        return rest >= 1 && rest <= 31 && i < n && s.charAt(i) == ':' ? i : -1;
    }

    /**
     * {@link #SIMPLE_LINK} at {@code at}. Its text ends at the last {@code ]} before the end (a
     * destination holds none), and its destination runs from there past {@code ](} to the {@code )}.
     */
    public static int simpleLinkEnd(String s, int at) {
        int n = s.length();
        if (at >= n || s.charAt(at) != '[') {
            return -1;
        }
        int i = at + 1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '[' || c == ']' || c == '\\' || c == '`' || c == '<' || c == '>' || c == '\n') {
                break;
            }
        }
        if (i + 1 >= n || s.charAt(i) != ']' || s.charAt(i + 1) != '(') {
            return -1;
        }
        for (i += 2; i < n; i++) {
            char c = s.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (isRegexSpace(c) || c == '(' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '[' || c == ']') {
                return -1;
            }
        }
        return -1;
    }

    /** {@link #BARE_URL} at {@code at}, the look-behind seeing the text before it. */
    public static int bareUrlEnd(String s, int at) {
        if (at > 0) {
            char before = s.charAt(at - 1);
            if (isAsciiLetter(before) || before >= '0' && before <= '9' || before == '_' || before == '@') {
                return -1;
            }
        }
        int i = at + urlPrefix(s, at);
        if (i == at) {
            return -1;
        }
        int start = i;
        int n = s.length();
        while (i < n && inUrl(s.charAt(i))) {
            i++;
        }
        return i > start ? i : -1;
    }

    /** The length of the URL start at {@code at} ({@code https://}, {@code http://}, {@code ftp://}, {@code mailto:}, {@code www.}; ASCII case ignored), or 0. */
    private static int urlPrefix(String s, int at) {
        if (startsWithIgnoringAsciiCase(s, at, "http")) {
            int i = at + 4;
            if (i < s.length() && (s.charAt(i) | 0x20) == 's') {
                i++;
            }
            return s.startsWith("://", i) ? i + 3 - at : 0;
        }
        if (startsWithIgnoringAsciiCase(s, at, "ftp://")) {
            return 6;
        }
        if (startsWithIgnoringAsciiCase(s, at, "mailto:")) {
            return 7;
        }
        return startsWithIgnoringAsciiCase(s, at, "www.") ? 4 : 0;
    }

    private static boolean inUrl(char c) {
        return !isRegexSpace(c) && c != '<' && c != '>' && c != '[' && c != ']' && c != '(' && c != ')' && c != '|'
                && c != '"' && c != '\'' && c != '`';
    }

    /** {@link #SLACK_MARKUP} at {@code at}. */
    public static int slackMarkupEnd(String s, int at) {
        int n = s.length();
        if (at + 1 >= n || s.charAt(at) != '<') {
            return -1;
        }
        char first = s.charAt(at + 1);
        int i;
        if (first == '@' || first == '#' || first == '!') {
            i = at + 2;
        } else {
            int scheme = slackScheme(s, at + 1);
            if (scheme == 0 || at + 1 + scheme >= n || s.charAt(at + 1 + scheme) != ':') {
                return -1;
            }
            i = at + 2 + scheme;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The length of Slack's link scheme at {@code i} ({@code http}, {@code https}, {@code ftp}, {@code ftps}, {@code mailto}, {@code tel}), or 0. */
    private static int slackScheme(String s, int i) {
        for (String scheme : SECURED_SCHEMES) {
            if (startsWithIgnoringAsciiCase(s, i, scheme)) {
                int end = i + scheme.length();
                return end < s.length() && (s.charAt(end) | 0x20) == 's' && s.startsWith(":", end + 1)
                        ? scheme.length() + 1 : scheme.length();
            }
        }
        if (startsWithIgnoringAsciiCase(s, i, "mailto")) {
            return 6;
        }
        return startsWithIgnoringAsciiCase(s, i, "tel") ? 3 : 0;
    }

    /** {@link #ENTITY} at {@code at}. */
    public static int entityEnd(String s, int at) {
        int n = s.length();
        if (at + 1 >= n || s.charAt(at) != '&') {
            return -1;
        }
        char c = s.charAt(at + 1);
        int i;
        if (c == '#') {
            boolean hex = at + 2 < n && (s.charAt(at + 2) | 0x20) == 'x';
            int from = at + (hex ? 3 : 2);
            i = from;
            while (i < n && (hex ? isHexDigit(s.charAt(i)) : isDigit(s.charAt(i)))) {
                i++;
            }
            int digits = i - from;
            if (digits < 1 || digits > (hex ? 6 : 7)) {
                return -1;
            }
        } else if (isAsciiLetter(c)) {
            i = at + 2;
            while (i < n && (isAsciiLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
                i++;
            }
            int rest = i - (at + 2);
            if (rest < 1 || rest > 31) {
                return -1;
            }
        } else {
            return -1;
        }
        return i < n && s.charAt(i) == ';' ? i + 1 : -1;
    }

    /** {@link #SHORTCODE} at {@code at}. */
    public static int shortcodeEnd(String s, int at) {
        int n = s.length();
        if (at >= n || s.charAt(at) != ':') {
            return -1;
        }
        int i = at + 1;
        while (i < n && isShortcodeChar(s.charAt(i))) {
            i++;
        }
        int name = i - (at + 1);
        if (name < 1 || name > 64 || i >= n || s.charAt(i) != ':') {
            return -1;
        }
        int end = i + 1;
        // ":skin-tone-N:" right after, N from 2 to 6
        if (s.startsWith(":skin-tone-", end) && end + 12 < n && s.charAt(end + 11) >= '2' && s.charAt(end + 11) <= '6'
                && s.charAt(end + 12) == ':') {
            return end + 13;
        }
        return end;
    }

    private static boolean isShortcodeChar(char c) {
        return c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '+' || c == '\'' || c == '-';
    }

    private static boolean startsWithIgnoringAsciiCase(String s, int at, String lower) {
        if (at + lower.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char want = lower.charAt(k);
            char c = s.charAt(at + k);
            if (c != want && !(want >= 'a' && want <= 'z' && c == (char) (want - 32))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '+' || c == '.' || c == '-';
    }

    /** {@code \s} of Java's regex without the Unicode flag: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
