package dev.archivist.check.links;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small pure functions on the text of one URL: entities, scheme, validity, comparison. */
final class UrlText {
    /** What follows {@code &amp;} when turning it into {@code &} would create another entity. */
    private static final Pattern ENTITY_AHEAD = Pattern.compile("(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private UrlText() {
    }

    /**
     * The URL with Slack's HTML escaping of {@code &} undone: {@code &amp;} becomes {@code &}
     * (repeatedly, for twice-escaped text), except where the result would read as another entity
     * ({@code &amp;lt;}), which a Markdown renderer would then decode. Idempotent.
     */
    static String decodeAmp(String url) {
        if (!url.contains("&amp;")) {
            return url;
        }
        String s = url;
        while (s.contains("&amp;amp;")) {
            s = s.replace("&amp;amp;", "&amp;");
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("&amp;", i) && !ENTITY_AHEAD.matcher(s).region(i + 5, s.length()).lookingAt()) {
                out.append('&');
                i += 5;
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** Slack's three escapes ({@code &amp; &lt; &gt;}) undone, as Slack shows the text. */
    static String slackUnescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** True when the text starts with {@code http://} in any case. */
    static boolean isHttp(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7);
    }

    /** The same URL with {@code https://} for {@code http://}; other text unchanged. Idempotent. */
    static String toHttps(String url) {
        return isHttp(url) ? "https://" + url.substring(7) : url;
    }

    /** True when a link shown as {@code text} plainly shows its target: equal, or but for a final slash. */
    static boolean sameUrl(String text, String url) {
        if (text == null || url == null) {
            return false;
        }
        return text.equals(url) || text.equals(url + "/") || url.equals(text + "/");
    }

    /** True when {@code <url>} is a CommonMark autolink: a scheme and no space, control, {@code <} or {@code >}. */
    static boolean autolinkable(String url) {
        if (Url.parse(url).isEmpty() || url.indexOf(':') < 2) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** True for an absolute http(s) URL with a well-formed host and no space or control character. */
    static boolean isValidWebUrl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        return Url.parse(text).filter(Url::isWeb).filter(u -> validHost(u.host())).isPresent();
    }

    private static boolean validHost(String host) {
        if (host.contains(":")) {
            return true;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty() || ascii.endsWith(".")) {
            return false;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** True for hosts an https suggestion makes no sense for: loopback, private networks, single words. */
    static boolean isLocalHost(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.startsWith("127.") || host.startsWith("10.") || host.startsWith("192.168.")
                || host.equals("0.0.0.0") || host.equals("::1") || !host.contains(".");
    }
}
