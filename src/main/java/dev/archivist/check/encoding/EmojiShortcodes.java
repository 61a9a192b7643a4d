package dev.archivist.check.encoding;

import dev.archivist.model.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.Emoji;
import net.fellbaum.jemoji.EmojiManager;

/**
 * {@code encoding.emoji-shortcode}: Slack's {@code :name:} codes (with an optional
 * {@code ::skin-tone-N:}) left as text. Known Slack aliases become the emoji through jemoji's
 * Slack alias table, and the site's custom emoji through its settings' {@code emoji:}; others
 * are the workspace's custom emoji and are reported, never guessed.
 */
final class EmojiShortcodes {
    /** A Slack emoji shortcode, {@code :name:} (lowercase letters, digits, {@code _ - + '}), with its skin tone when one follows. */
    private static final Pattern SHORTCODE = Pattern.compile(":([a-z0-9_+'-]{1,64}):(?::skin-tone-[2-6]:)?");

    private EmojiShortcodes() {
    }

    /** Loads the alias index (and jemoji's table behind it). */
    static void warmUp() {
        SlackAliases.INDEX.size();
    }

    /**
     * Slack alias to emoji, from each emoji's own Slack alias list in jemoji. Not
     * {@code EmojiManager.getBySlackAlias}: in jemoji 1.7.4 it answers 326 of the 3,835 Slack
     * aliases with the wrong skin tone ({@code :wave::skin-tone-3:} gives the medium tone, Discord's
     * numbering). Read from {@value #TABLE}, which {@code SlackEmojiTableTest} holds equal to
     * {@link #fromJemoji()}: loading jemoji's whole table costs about 0.2 s of CPU on every run,
     * reading the 3,835 pairs a few milliseconds.
     */
    private static final class SlackAliases {
        static final Map<String, String> INDEX = load();

        private static Map<String, String> load() {
            try (InputStream in = EmojiShortcodes.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    return fromJemoji();
                }
                Map<String, String> index = new HashMap<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        index.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
                return Map.copyOf(index);
            } catch (IOException e) {
                return fromJemoji();
            }
        }
    }

    /** The table file: one {@code :alias:} TAB emoji per line, sorted by alias. */
    static final String TABLE = "slack-emoji.tsv";

    /** The Slack alias table as jemoji gives it (what {@value #TABLE} holds). */
    static Map<String, String> fromJemoji() {
        Map<String, String> index = new HashMap<>();
        for (Emoji e : EmojiManager.getAllEmojis()) {
            for (String alias : e.getSlackAliases()) {
                index.putIfAbsent(alias, e.getEmoji());
            }
        }
        return Map.copyOf(index);
    }

    /** The table as read for use. */
    static Map<String, String> table() {
        return SlackAliases.INDEX;
    }

    static void check(ScalarText s) {
        if (!s.has(ScalarText.COLONS) || !mayContain(s.value)) {
            return;
        }
        Set<String> custom = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        Fragments.Change[] first = new Fragments.Change[1];
        Map<String, String> site = siteEmoji(s);
        String fixed = replace(s.value, s.regions(), site, known, custom, first);
        if (!known.isEmpty()) {
            boolean md = s.markdown;
            s.reportSafe(Kind.EMOJI_SHORTCODE, "emoji written as Slack shortcodes: " + String.join(" ", known),
                    fixed, first[0], v -> convert(v, md, site));
        }
        if (!custom.isEmpty()) {
            s.report(Kind.EMOJI_SHORTCODE, "custom Slack emoji with no Unicode equivalent: " + String.join(" ", custom));
        }
    }

    /** The value with every known shortcode outside code and URLs replaced. Pure and idempotent. */
    static String convert(String value, boolean markdown) {
        return convert(value, markdown, Map.of());
    }

    /** As {@link #convert(String, boolean)}, the site's custom emoji ({@code :name:} to emoji) known too. */
    static String convert(String value, boolean markdown, Map<String, String> site) {
        if (!mayContain(value)) {
            return value;
        }
        return replace(value, TextRegions.of(value, markdown), site, new LinkedHashSet<>(), new LinkedHashSet<>(), null);
    }

    /** The custom emoji of the page's site, none outside a site. */
    private static Map<String, String> siteEmoji(ScalarText s) {
        return s.context.site() == null ? Map.of() : s.context.site().settings().emoji();
    }

    /** Cheap test: a colon, a name character, and a later colon. */
    private static boolean mayContain(String value) {
        int first = value.indexOf(':');
        return first >= 0 && first + 2 < value.length() && value.indexOf(':', first + 2) > 0
                && Finds.next(SHORTCODE.matcher(value), value, ':', first);
    }

    private static String replace(String value, TextRegions regions, Map<String, String> site, Set<String> known,
                                  Set<String> custom, Fragments.Change[] first) {
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        int previousEnd = -1;
        Matcher m = SHORTCODE.matcher(value);
        for (int from = 0; Finds.next(m, value, ':', from); ) {
            from = m.start() + 1;
            if (!standsAlone(value, m, previousEnd) || !regions.prose(m.start(), m.end())) {
                continue;
            }
            String e = m.group(1).startsWith("skin-tone-") ? null : site.getOrDefault(m.group(), SlackAliases.INDEX.get(m.group()));
            if (e != null) {
                if (last == 0 && first != null) {
                    first[0] = new Fragments.Change(m.start(), m.end(), m.start() + e.length());
                }
                out.append(value, last, m.start()).append(e);
                last = m.end();
                known.add(m.group());
            } else if (looksLikeName(m.group(1))) {
                custom.add(m.group());
            } else {
                continue;
            }
            previousEnd = m.end();
            from = m.end();
        }
        return last == 0 ? value : out.append(value, last, value.length()).toString();
    }

    /**
     * A shortcode starts a word (or follows another shortcode: {@code :a::b:}) and ends one:
     * {@code 10:30:45}, {@code a:b:c} and {@code std::vector::} are not emoji.
     */
    private static boolean standsAlone(String value, Matcher m, int previousEnd) {
        int start = m.start();
        if (start > 0 && start != previousEnd) {
            char before = value.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || before == ':' || before == '_' || before == '/') {
                return false;
            }
        }
        int end = m.end();
        return end == value.length() || !Character.isLetterOrDigit(value.charAt(end)) && value.charAt(end) != '_';
    }

    /** A custom emoji name has a letter: {@code :---:} in a table and {@code :30:} in a time do not. */
    private static boolean looksLikeName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
