package dev.archivist.render;

import org.apache.commons.text.StringEscapeUtils;

/** Escaping for text and attribute values written into the preview's HTML. */
final class Html {

    private Html() {
    }

    /** Escapes the five HTML-special characters; null becomes the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A plain front matter field (title, name, link text) as the site shows it: the site's
     * template inserts it unescaped, so entities such as {@code &amp;} display as characters;
     * we decode them too, then escape everything, so a tag shows as text instead of running.
     */
    static String plain(String text) {
        if (text == null) {
            return "";
        }
        return escape(text.indexOf('&') < 0 ? text : StringEscapeUtils.unescapeHtml4(text));
    }

    private static String replacement(char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#39;";
            default: return null;
        }
    }
}
