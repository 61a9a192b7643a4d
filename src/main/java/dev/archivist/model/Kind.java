package dev.archivist.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stable kinds of problems; their ids are part of the command-line contract. */
public enum Kind {
    ESCAPED_UNICODE("encoding.escaped-unicode", "Escaped characters"),
    HTML_ENTITY("encoding.html-entity", "HTML entities in text"),
    EMOJI_SHORTCODE("encoding.emoji-shortcode", "Emoji shortcodes"),
    INVISIBLE_CHAR("encoding.invisible-char", "Invisible characters"),
    SLACK_BULLET("encoding.slack-bullet", "Slack bullets"),
    MOJIBAKE("encoding.mojibake", "Garbled characters (mojibake)"),
    LITERAL_ESCAPE("encoding.literal-escape", "Literal \\u escapes"),
    LOOKALIKE_CHAR("encoding.lookalike-char", "Look-alike characters"),
    SLACK_CODE_BLOCK("encoding.slack-code-block", "Slack code blocks"),
    URL_AS_TEXT("links.url-as-text", "URLs as link text"),
    SLACK_MARKUP("links.slack-markup", "Slack link markup"),
    ENTITY_IN_URL("links.entity-in-url", "Entities in URLs"),
    TRACKING_PARAMS("links.tracking-params", "Tracking parameters"),
    INSECURE_HTTP("links.insecure-http", "Insecure http links"),
    BARE_DOMAIN("links.bare-domain", "Autolinked words"),
    LINK_TEXT("links.link-text", "Untidy link text"),
    LIST_ENTRY("links.list-entry", "Links list entries"),
    MISSING_FILE("links.missing-file", "Missing images"),
    BROKEN("links.broken", "Broken links"),
    REDIRECT("links.redirect", "Links that moved for good"),
    ARCHIVED("links.archived", "Broken links with an archived copy"),
    PLACEHOLDER("links.placeholder", "Placeholder links"),
    NAME_VARIANT("names.variant", "Name variants"),
    AUTHOR_MISMATCH("names.author-mismatch", "Authors under other names"),
    AUTHOR_ID("names.author-id", "Authors not in _people"),
    GUEST_ID("names.guest-id", "Guests not in _people"),
    FORMAT_STYLE("format.style", "Not in the house style"),
    EMPTY_TEXT("content.empty-text", "Empty messages"),
    DATES("content.dates", "Dates"),
    DUPLICATE_HEADER("transcript.duplicate-header", "Repeated transcript headers"),
    TRANSCRIPT_ORDER("transcript.order", "Transcript lines out of order"),
    MISSING_SPEAKER("transcript.missing-speaker", "Transcript lines without a speaker"),
    TIME_MISMATCH("transcript.time-mismatch", "Transcript times that disagree"),
    CLIP_OFFSET("clips.offset-mismatch", "Clip links that start elsewhere"),
    CLIP_ORDER("clips.order", "Clips out of order");

    private final String id;
    private final String title;

    Kind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    /** A few words for people: "Escaped characters", "Tracking parameters". */
    public String title() {
        return title;
    }

    /** The group before the dot: encoding, links, names, format, content, transcript or clips. */
    public String group() {
        return id.substring(0, id.indexOf('.'));
    }

    public static Optional<Kind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /**
     * True for kinds whose fix rewrites much of a file (the whole front matter, every escaped
     * scalar), renames people (a decision taken once in the alias file and applied to every
     * archive) or points a link at an archived copy instead of the live page: {@code fix} applies
     * them only when they are named in {@code --kinds}.
     */
    public boolean onRequest() {
        return this == FORMAT_STYLE || this == ESCAPED_UNICODE || this == ARCHIVED || "names".equals(group());
    }

    /** True for the kinds only the online link check finds: it asks the links' servers. */
    public boolean online() {
        return this == BROKEN || this == REDIRECT || this == ARCHIVED;
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
