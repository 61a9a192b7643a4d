package dev.archivist.check.links;

/**
 * One link found in a Markdown text, with the places of its parts in the text so that a fix can
 * rewrite exactly the URL (or the shown text) and nothing around it.
 *
 * @param start index of the link's first character ({@code [}, {@code <} or the URL's first)
 * @param end index after the link's last character
 * @param urlStart index of the URL as written (inside {@code <>} when bracketed)
 * @param urlEnd index after the URL as written
 * @param textStart index of the shown text ({@code [text]} or {@code |label}), or -1
 * @param textEnd index after the shown text, or -1
 * @param href where the link goes, as the renderer reads it (escapes and entities decoded)
 * @param shown the text the reader sees when it is plain text, else null
 */
record LinkRef(Form form, int start, int end, int urlStart, int urlEnd, int textStart, int textEnd,
               String href, String shown) {

    /** How the link is written. */
    enum Form {
        /** {@code [text](url)} */
        INLINE,
        /** {@code <url>} */
        AUTOLINK,
        /** a URL in running text */
        BARE,
        /** Slack's {@code <url|label>} */
        SLACK
    }

    /** The link as written. */
    String source(String text) {
        return text.substring(start, end);
    }

    /** The URL as written. */
    String rawUrl(String text) {
        return text.substring(urlStart, urlEnd);
    }

    /** The shown text as written, or null. */
    String rawText(String text) {
        return textStart < 0 ? null : text.substring(textStart, textEnd);
    }

    /**
     * True when the shown text is the URL itself ({@code [https://x](https://x)}), so a rewrite of
     * the URL must rewrite the text too or the two would drift apart.
     */
    boolean showsUrl() {
        return switch (form) {
            case INLINE, SLACK -> textStart >= 0 && UrlText.sameUrl(shown, href);
            case AUTOLINK, BARE -> false;
        };
    }
}
