package dev.archivist.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stable kinds of problems; their ids are part of the command-line contract. */
public enum Kind {
    ESCAPED_UNICODE("encoding.escaped-unicode"),
    HTML_ENTITY("encoding.html-entity"),
    EMOJI_SHORTCODE("encoding.emoji-shortcode"),
    INVISIBLE_CHAR("encoding.invisible-char"),
    SLACK_BULLET("encoding.slack-bullet"),
    MOJIBAKE("encoding.mojibake"),
    LITERAL_ESCAPE("encoding.literal-escape"),
    URL_AS_TEXT("links.url-as-text"),
    SLACK_MARKUP("links.slack-markup"),
    ENTITY_IN_URL("links.entity-in-url"),
    TRACKING_PARAMS("links.tracking-params"),
    INSECURE_HTTP("links.insecure-http"),
    BARE_DOMAIN("links.bare-domain"),
    LINK_TEXT("links.link-text"),
    LIST_ENTRY("links.list-entry"),
    MISSING_FILE("links.missing-file"),
    BROKEN("links.broken"),
    NAME_VARIANT("names.variant"),
    AUTHOR_MISMATCH("names.author-mismatch"),
    AUTHOR_ID("names.author-id"),
    FORMAT_STYLE("format.style"),
    EMPTY_TEXT("content.empty-text"),
    DATES("content.dates");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The group before the dot: encoding, links, names, format or content. */
    public String group() {
        return id.substring(0, id.indexOf('.'));
    }

    public static Optional<Kind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /**
     * True for kinds whose fix rewrites much of a file (the whole front matter, every escaped
     * scalar) or renames people (a decision taken once in the alias file and applied to every
     * archive): {@code fix} applies them only when they are named in {@code --kinds}.
     */
    public boolean onRequest() {
        return this == FORMAT_STYLE || this == ESCAPED_UNICODE || "names".equals(group());
    }

    /** Kinds selected by a list of ids or group prefixes ({@code encoding}, {@code links.broken}). */
    public static List<Kind> select(List<String> selectors) {
        return Arrays.stream(values())
                .filter(k -> selectors.stream().anyMatch(s -> k.id.equals(s) || k.group().equals(s)))
                .toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
