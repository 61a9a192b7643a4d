package dev.archivist.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The typed view of a podcast episode over a front matter tree: the fields the site's episode
 * layout shows. A value the layout treats as absent (missing, null or {@code false}, Liquid's
 * nil and false) is null here; anything else keeps its text as written. {@code transcript} is
 * null when the page has none (an empty list is one, as in Liquid).
 */
public record PodcastEpisode(
        String title,
        String subtitle,
        String season,
        String episode,
        List<String> guests,
        String image,
        Map<String, String> links,
        String intro,
        List<String> topics,
        String duration,
        List<TranscriptItem> transcript) {

    private static final Set<String> FALSE = Set.of("false", "no", "off");

    /**
     * One item of {@code transcript}: a section {@code header}, or a spoken {@code line} with its
     * speaker and time ({@code time} as shown, {@code sec} the same in seconds). The layout takes
     * every item whose header is absent for a line, whatever else it holds.
     */
    public record TranscriptItem(YamlPath path, String header, String line, String who, String time, String sec) {
        public boolean isHeader() {
            return header != null;
        }
    }

    /** The episode with every value as written. */
    public static PodcastEpisode of(YMapping root) {
        return of(root, YScalar::value);
    }

    /**
     * The episode with the values the transcript shows (header, line, speaker, time) as
     * {@code shown} prints them: a site's YAML reader may read a scalar as another type than
     * ours, and its template then prints that.
     */
    public static PodcastEpisode of(YMapping root, Function<YScalar, String> shown) {
        return new PodcastEpisode(value(root, "title"), value(root, "subtitle"), value(root, "season"),
                value(root, "episode"), strings(root, "guests"), value(root, "image"), mapping(root, "links"),
                value(root, "intro"), strings(root, "topics"), value(root, "duration"), transcript(root, shown));
    }

    private static final java.util.regex.Pattern CLOCK =
            java.util.regex.Pattern.compile("(?:([0-9]{1,3}):([0-5][0-9])|([0-9]{1,4})):([0-5][0-9])");

    /** A time as the site writes it in a transcript: {@code m:ss} under an hour, {@code h:mm:ss} from an hour on. */
    public static String clock(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /**
     * The seconds of a time written {@code m:ss}, {@code mm:ss} or {@code h:mm:ss}, if the text is
     * one (minutes past 59 are taken as they are when there is no hour: {@code 75:00}).
     */
    public static java.util.OptionalInt clock(String text) {
        java.util.regex.Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return java.util.OptionalInt.empty();
        }
        if (m.group(1) != null) {
            return java.util.OptionalInt.of(Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                    + Integer.parseInt(m.group(4)));
        }
        return java.util.OptionalInt.of(Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4)));
    }

    /** The text of a scalar entry as Liquid sees it: null when absent, null or false. */
    public static String value(YMapping map, String key) {
        return value(map, key, YScalar::value);
    }

    private static String value(YMapping map, String key, Function<YScalar, String> shown) {
        return map.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(s -> !s.isNull() && !("bool".equals(s.tag()) && FALSE.contains(s.value().toLowerCase(Locale.ROOT))))
                .map(shown).orElse(null);
    }

    /** The strings of a sequence entry (a lone scalar counts as a list of one), nulls left out. */
    public static List<String> strings(YMapping map, String key) {
        List<String> out = new ArrayList<>();
        map.get(key).ifPresent(n -> {
            List<YNode> items = n instanceof YSequence seq ? seq.items() : List.of(n);
            for (YNode item : items) {
                if (item instanceof YScalar s && !s.isNull()) {
                    out.add(s.value());
                }
            }
        });
        return out;
    }

    private static Map<String, String> mapping(YMapping root, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        root.get(key).filter(YMapping.class::isInstance).ifPresent(n -> {
            YMapping m = (YMapping) n;
            for (YEntry e : m.entries()) {
                String v = value(m, e.name());
                if (v != null) {
                    out.put(e.name(), v);
                }
            }
        });
        return out;
    }

    private static List<TranscriptItem> transcript(YMapping root, Function<YScalar, String> shown) {
        boolean present = root.get("transcript").map(n -> !(n instanceof YScalar)).orElse(false)
                || value(root, "transcript") != null;
        if (!present) {
            return null;
        }
        List<TranscriptItem> out = new ArrayList<>();
        root.get("transcript").filter(YSequence.class::isInstance).ifPresent(n -> {
            List<YNode> items = ((YSequence) n).items();
            for (int i = 0; i < items.size(); i++) {
                // the layout shows a non-mapping item as an empty line: an empty mapping does the same here
                YMapping m = items.get(i) instanceof YMapping map ? map : YMapping.of(List.of());
                out.add(new TranscriptItem(YamlPath.of("transcript", i), value(m, "header", shown),
                        value(m, "line", shown), value(m, "who", shown), value(m, "time", shown), value(m, "sec")));
            }
        });
        return out;
    }
}
