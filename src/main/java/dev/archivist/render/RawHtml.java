package dev.archivist.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A front matter value the site inserts as raw HTML (an episode's intro, a transcript line or
 * header, a biography) made safe to show, showing the words a browser shows of it: text formatting
 * and line breaks are kept, links only to the web ({@link LinkPolicy}), without attributes;
 * every other tag is left out as the browser hides an unknown one, and the content of elements
 * that are not text (script, style, frames) goes with it. Text is escaped by {@link Html}.
 */
final class RawHtml {

    private static final Set<String> KEPT = Set.of("b", "strong", "i", "em", "u", "s", "del", "code", "sub", "sup");
    private static final Set<String> HIDDEN = Set.of("script", "style", "template", "iframe", "object", "embed",
            "noscript", "noembed", "noframes", "xmp", "svg", "math", "select", "title", "textarea");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][^\\s/>]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>");
    private static final Pattern HREF = Pattern.compile(
            "(?i)(?:^|[\\s/])href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))");

    private final StringBuilder out = new StringBuilder();
    /** The closing markup of each open kept element, innermost first. */
    private final Deque<String[]> open = new ArrayDeque<>();

    private RawHtml() {
    }

    /** The value as safe HTML; null becomes the empty string. */
    static String sanitize(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0) {
            return Html.plain(html);
        }
        RawHtml raw = new RawHtml();
        raw.walk(html);
        raw.open.forEach(element -> raw.out.append(element[1]));
        return raw.out.toString();
    }

    private void walk(String html) {
        int text = 0;
        int i = html.indexOf('<');
        while (i >= 0) {
            int end = markupEnd(html, i);
            if (end < 0) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            out.append(Html.plain(html.substring(text, i)));
            text = tag(html, i, end);
            i = text >= html.length() ? -1 : html.indexOf('<', text);
        }
        out.append(Html.plain(html.substring(Math.min(text, html.length()))));
    }

    /**
     * Where the markup at {@code i} ends (exclusive): a tag, a comment, a declaration; an
     * unfinished one runs to the end, as in a browser. -1 when the {@code <} is text.
     */
    private static int markupEnd(String html, int i) {
        if (html.startsWith("<!--", i)) {
            int close = html.indexOf("-->", i + 4);
            return close < 0 ? html.length() : close + 3;
        }
        char next = i + 1 < html.length() ? html.charAt(i + 1) : ' ';
        boolean endTag = next == '/' && i + 2 < html.length() && Character.isLetter(html.charAt(i + 2));
        if (Character.isLetter(next) || endTag || next == '!' || next == '?') {
            Matcher tag = TAG.matcher(html).region(i, html.length());
            if (Character.isLetter(next) || endTag) {
                return tag.lookingAt() ? tag.end() : html.length();
            }
            int close = html.indexOf('>', i);
            return close < 0 ? html.length() : close + 1;
        }
        return -1;
    }

    /** Writes what is kept of the markup from {@code start} to {@code end}; returns where the text goes on. */
    private int tag(String html, int start, int end) {
        Matcher tag = TAG.matcher(html).region(start, end);
        if (!tag.matches()) {
            return end; // a comment, a declaration or an unfinished tag: nothing shows
        }
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        boolean closing = !tag.group(1).isEmpty();
        if (name.equals("br")) {
            out.append("<br>");
        } else if (closing) {
            close(name);
        } else if (HIDDEN.contains(name)) {
            int close = endTag(html, name, end);
            int after = close < 0 ? -1 : html.indexOf('>', close);
            return after < 0 ? html.length() : after + 1;
        } else if (KEPT.contains(name)) {
            open.push(new String[] {name, "</" + name + ">"});
            out.append('<').append(name).append('>');
        } else if (name.equals("a")) {
            anchor(tag.group(3));
        }
        return end;
    }

    /** Where the end tag of a hidden element starts, ignoring case, or -1. */
    private static int endTag(String html, String name, int from) {
        for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
            if (html.regionMatches(true, i + 2, name, 0, name.length())) {
                return i;
            }
        }
        return -1;
    }

    private void anchor(String attributes) {
        Matcher href = HREF.matcher(attributes);
        String url = null;
        if (href.find()) {
            String raw = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
            url = LinkPolicy.webLink(StringEscapeUtils.unescapeHtml4(raw)).orElse(null);
        }
        open.push(new String[] {"a", url == null ? "" : "</a>"});
        if (url != null) {
            out.append("<a href=\"").append(Html.escape(url)).append("\">");
        }
    }

    /** Closes the innermost open element of that name and those inside it; a stray end tag shows nothing. */
    private void close(String name) {
        if (open.stream().noneMatch(e -> e[0].equals(name))) {
            return;
        }
        String[] element;
        do {
            element = open.pop();
            out.append(element[1]);
        } while (!element[0].equals(name));
    }
}
