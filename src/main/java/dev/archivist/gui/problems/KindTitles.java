package dev.archivist.gui.problems;

import dev.archivist.model.Kind;
import java.util.EnumMap;
import java.util.Map;

/** A few words for each kind of problem, shown beside its id. */
public final class KindTitles {
    private static final Map<Kind, String> TITLES = new EnumMap<>(Kind.class);

    static {
        TITLES.put(Kind.ESCAPED_UNICODE, "Escaped characters");
        TITLES.put(Kind.HTML_ENTITY, "HTML entities in text");
        TITLES.put(Kind.EMOJI_SHORTCODE, "Emoji shortcodes");
        TITLES.put(Kind.INVISIBLE_CHAR, "Invisible characters");
        TITLES.put(Kind.SLACK_BULLET, "Slack bullets");
        TITLES.put(Kind.MOJIBAKE, "Garbled characters (mojibake)");
        TITLES.put(Kind.LITERAL_ESCAPE, "Literal \\u escapes");
        TITLES.put(Kind.URL_AS_TEXT, "URLs as link text");
        TITLES.put(Kind.SLACK_MARKUP, "Slack link markup");
        TITLES.put(Kind.ENTITY_IN_URL, "Entities in URLs");
        TITLES.put(Kind.TRACKING_PARAMS, "Tracking parameters");
        TITLES.put(Kind.INSECURE_HTTP, "Insecure http links");
        TITLES.put(Kind.BARE_DOMAIN, "Autolinked words");
        TITLES.put(Kind.LINK_TEXT, "Untidy link text");
        TITLES.put(Kind.LIST_ENTRY, "Links list entries");
        TITLES.put(Kind.MISSING_FILE, "Missing images");
        TITLES.put(Kind.BROKEN, "Broken links");
        TITLES.put(Kind.NAME_VARIANT, "Name variants");
        TITLES.put(Kind.AUTHOR_MISMATCH, "Authors under other names");
        TITLES.put(Kind.AUTHOR_ID, "Authors not in _people");
        TITLES.put(Kind.FORMAT_STYLE, "Not in the house style");
        TITLES.put(Kind.EMPTY_TEXT, "Empty messages");
        TITLES.put(Kind.DATES, "Dates");
    }

    private KindTitles() {
    }

    public static String of(Kind kind) {
        return TITLES.getOrDefault(kind, kind.id());
    }
}
