package dev.archivist.site;

import dev.archivist.model.Kind;
import dev.archivist.model.ParseError;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The site's settings, kept in {@value #FILE} at its root and read with the page engine: the
 * problem kinds to skip, the house style on or off, custom Slack emoji, the alias file's place
 * and the online link check's rules. An absent file gives the defaults; a file that cannot be
 * read, or holds a key or value it should not, gives the defaults and an {@link #error()} that
 * names the line.
 */
public final class SiteSettings {
    /** Where the settings live, relative to the site root. */
    public static final String FILE = ".archivist.yml";
    /** The keys a settings file may hold, in the order they are documented. */
    public static final List<String> KEYS = List.of("skip", "house-style", "emoji", "aliases", "links");
    /** The settings of a site without a settings file. */
    public static final SiteSettings DEFAULTS = new SiteSettings(EnumSet.noneOf(Kind.class), List.of(), false,
            Map.of(), NameAliases.FILE, LinkCheckSettings.DEFAULTS, null);

    private final EnumSet<Kind> skipped;
    private final List<String> skip;
    private final boolean houseStyle;
    private final Map<String, String> emoji;
    private final String aliases;
    private final LinkCheckSettings links;
    private final String error;

    private SiteSettings(Set<Kind> skipped, List<String> skip, boolean houseStyle, Map<String, String> emoji,
                         String aliases, LinkCheckSettings links, String error) {
        this.skipped = skipped.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(skipped);
        this.skip = List.copyOf(skip);
        this.houseStyle = houseStyle;
        this.emoji = Map.copyOf(emoji);
        this.aliases = aliases;
        this.links = links;
        this.error = error;
    }

    /** The settings of the site at a root folder: the defaults when it has no {@value #FILE}. */
    public static SiteSettings read(Path root) {
        YamlDataFile data = YamlDataFile.read(root.resolve(FILE));
        ParseError e = data.error();
        if (e != null) {
            return DEFAULTS.failed("cannot read " + FILE + ": " + e.message()
                    + (e.line() > 0 ? ", line " + e.line() + ", column " + e.column() : ""));
        }
        try {
            return parse(data);
        } catch (Invalid invalid) {
            return DEFAULTS.failed(invalid.getMessage());
        }
    }

    private static SiteSettings parse(YamlDataFile data) throws Invalid {
        Set<Kind> skipped = EnumSet.noneOf(Kind.class);
        List<String> skip = List.of();
        boolean houseStyle = false;
        Map<String, String> emoji = new LinkedHashMap<>();
        String aliases = NameAliases.FILE;
        LinkCheckSettings links = DEFAULTS.links;
        for (YEntry e : data.root().entries()) {
            int line = data.line(e.key());
            YNode v = e.value();
            switch (e.name()) {
                case "skip" -> {
                    skip = strings(v, "skip", "a list of kinds or groups", data);
                    for (String k : skip) {
                        List<Kind> kinds = Kind.select(List.of(k));
                        if (kinds.isEmpty()) {
                            throw new Invalid("unknown kind '" + k + "' in skip of " + FILE + ", line " + line
                                    + "; groups: " + String.join(", ", groups()));
                        }
                        skipped.addAll(kinds);
                    }
                }
                case "house-style" -> houseStyle = bool(v, line);
                case "emoji" -> emoji = emoji(v, line, data);
                case "aliases" -> aliases = path(v, line);
                case "links" -> links = links(v, line, data);
                default -> throw new Invalid("unknown setting '" + e.name() + "' in " + FILE + ", line " + line
                        + "; known: " + String.join(", ", KEYS));
            }
        }
        return new SiteSettings(skipped, skip, houseStyle, emoji, aliases, links, null);
    }

    private static List<String> strings(YNode v, String key, String what, YamlDataFile data) throws Invalid {
        if (v instanceof YScalar s && s.isNull()) {
            return List.of();
        }
        if (!(v instanceof YSequence seq)) {
            throw new Invalid(key + " in " + FILE + ", line " + data.line(v) + ", must be " + what);
        }
        for (YNode item : seq.items()) {
            if (!(item instanceof YScalar s) || !s.isString()) {
                throw new Invalid(key + " in " + FILE + ", line " + data.line(item) + ", must be " + what);
            }
        }
        return seq.items().stream().map(n -> ((YScalar) n).value()).toList();
    }

    private static List<String> groups() {
        return java.util.Arrays.stream(Kind.values()).map(Kind::group).distinct().toList();
    }

    private static boolean bool(YNode v, int line) throws Invalid {
        if (v instanceof YScalar s && "bool".equals(s.tag())) {
            String b = s.value().toLowerCase(Locale.ROOT);
            return b.startsWith("t") || b.startsWith("y") || b.equals("on");
        }
        throw new Invalid("house-style in " + FILE + ", line " + line + ", must be true or false");
    }

    /** Custom emoji by their shortcode with colons ({@code :thank_you:}), however the file wrote the name. */
    private static Map<String, String> emoji(YNode v, int line, YamlDataFile data) throws Invalid {
        if (!(v instanceof YMapping m)) {
            throw new Invalid("emoji in " + FILE + ", line " + line + ", must be a mapping of name to emoji");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (YEntry e : m.entries()) {
            String name = e.name().startsWith(":") && e.name().endsWith(":") && e.name().length() > 2
                    ? e.name().substring(1, e.name().length() - 1) : e.name();
            if (!(e.value() instanceof YScalar s) || !s.isString() || s.value().isEmpty() || name.isEmpty()) {
                throw new Invalid("emoji '" + e.name() + "' in " + FILE + ", line " + data.line(e.key())
                        + ", must be a name and the emoji to write for it");
            }
            out.put(":" + name + ":", s.value());
        }
        return out;
    }

    /** The online link check's settings: each key as its flag is written, a scalar or a list of scalars. */
    private static LinkCheckSettings links(YNode v, int line, YamlDataFile data) throws Invalid {
        if (!(v instanceof YMapping m)) {
            throw new Invalid("links in " + FILE + ", line " + line + ", must be a mapping of settings");
        }
        LinkCheckSettings out = LinkCheckSettings.DEFAULTS;
        for (YEntry e : m.entries()) {
            String where = "links: " + e.name() + " in " + FILE + ", line " + data.line(e.key());
            if (!LinkCheckSettings.KEYS.contains(e.name())) {
                throw new Invalid("unknown setting '" + e.name() + "' in links of " + FILE + ", line "
                        + data.line(e.key()) + "; known: " + String.join(", ", LinkCheckSettings.KEYS));
            }
            try {
                if (e.value() instanceof YSequence seq) {
                    List<String> values = new java.util.ArrayList<>();
                    for (YNode item : seq.items()) {
                        if (!(item instanceof YScalar s)) {
                            throw new IllegalArgumentException("must be a value or a list of values");
                        }
                        values.add(s.value());
                    }
                    out = out.with(e.name(), values);
                } else if (e.value() instanceof YScalar s) {
                    out = out.with(e.name(), s.value());
                } else {
                    throw new IllegalArgumentException("must be a value or a list of values");
                }
            } catch (IllegalArgumentException bad) {
                throw new Invalid(where + ", " + bad.getMessage());
            }
        }
        return out;
    }

    private static String path(YNode v, int line) throws Invalid {
        if (v instanceof YScalar s && s.isString() && !s.value().isBlank()) {
            return s.value().strip();
        }
        throw new Invalid("aliases in " + FILE + ", line " + line + ", must be a path relative to the site root");
    }

    private SiteSettings failed(String message) {
        return new SiteSettings(skipped, skip, houseStyle, emoji, aliases, links, message);
    }

    /** The problem kinds the site skips (from the kinds and groups of {@code skip}). */
    public Set<Kind> skipped() {
        return EnumSet.copyOf(skipped);
    }

    /** {@code skip} as written. */
    public List<String> skip() {
        return skip;
    }

    /** True when {@code format.style} is reported on the site's pages without being asked for. */
    public boolean houseStyle() {
        return houseStyle;
    }

    /** Custom Slack emoji: shortcode with its colons ({@code :thank_you:}) to the emoji written for it. */
    public Map<String, String> emoji() {
        return emoji;
    }

    /** The alias file, relative to the site root ({@value NameAliases#FILE} unless set). */
    public String aliases() {
        return aliases;
    }

    /** The online link check's settings (lychee's defaults unless set). */
    public LinkCheckSettings links() {
        return links;
    }

    /** Why the file could not be used, naming its line; empty when it was read or is absent. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * The kinds reported when nobody names any: every kind but those skipped, and
     * {@code format.style} only when the site asks for its house style.
     */
    public Predicate<Kind> reported() {
        return k -> !skipped.contains(k) && (k != Kind.FORMAT_STYLE || houseStyle);
    }

    /** A setting that cannot be used, with its line in the message. */
    private static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }
}
