package dev.archivist.check.links;

import dev.archivist.check.CheckContext;
import dev.archivist.check.MarkdownText;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * The links of a podcast episode that are not in a Markdown text: {@code links.placeholder} for a
 * {@code TODO} left in {@code links:} or {@code ids:} (the layout hides that platform), and the
 * URLs' own faults in the transcript lines, which the site writes as raw HTML, and in the
 * {@code quotableClips} URLs. No Markdown analysis decides anything here: a transcript line's
 * {@code <a href>} is HTML, where {@code &amp;} is how a URL writes {@code &} (decision 0020).
 */
final class EpisodeLinks {
    private static final String TRAILING = ".,;:!?";

    private EpisodeLinks() {
    }

    static void find(CheckContext context, TrackingRules rules, List<Problem> out) {
        YMapping root = context.root();
        for (String key : List.of("links", "ids")) {
            placeholders(context, root.get(key).orElse(null), YamlPath.of(key), out);
        }
        if (root.get("transcript").orElse(null) instanceof YSequence lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i) instanceof YMapping m ? string(m, "line") : null;
                if (line != null) {
                    urls(Place.of(context, YamlPath.of("transcript", i, "line"), out), line, true, rules);
                }
            }
        }
        if (root.get("quotableClips").orElse(null) instanceof YSequence clips) {
            for (int i = 0; i < clips.size(); i++) {
                String url = clips.get(i) instanceof YMapping m ? string(m, "url") : null;
                if (url != null) {
                    urls(Place.of(context, YamlPath.of("quotableClips", i, "url"), out), url, false, rules);
                }
            }
        }
    }

    /** A {@code TODO} as a platform's value (a mapping) or as an entry's link (a list). */
    private static void placeholders(CheckContext context, YNode node, YamlPath path, List<Problem> out) {
        if (node instanceof YMapping m) {
            for (YEntry e : m.entries()) {
                placeholders(context, e.value(), path.key(e.name()), out);
            }
        } else if (node instanceof YSequence s) {
            for (int i = 0; i < s.size(); i++) {
                placeholders(context, s.get(i), path.index(i), out);
            }
        } else if (node instanceof YScalar s && s.isString() && isPlaceholder(s.value())) {
            String key = path.last() instanceof String k ? k : path.toString();
            Place.of(context, path, out).report(Kind.PLACEHOLDER, "'" + s.value() + "' is left as the " + key
                    + " value: the page hides that link until it is filled in", null);
        }
    }

    /** {@code TODO} in any case, with spaces around it or inside ({@code to do}). */
    static boolean isPlaceholder(String value) {
        return value.replace(" ", "").strip().toLowerCase(Locale.ROOT).equals("todo");
    }

    /**
     * The faults of the URLs in a text (a whole value for a clip's URL): tracking parameters,
     * {@code http://}, and, outside HTML, {@code &amp;} where {@code &} is meant.
     */
    private static void urls(Place place, String text, boolean html, TrackingRules rules) {
        for (String url : urlsIn(text)) {
            if (!html) {
                String decoded = UrlText.decodeAmp(url);
                if (!decoded.equals(url)) {
                    place.report(Kind.ENTITY_IN_URL, "the URL holds &amp; where & is meant (an HTML escape)",
                            Fix.safe(url, decoded, new Edit.TextEdit(place.path(), t -> rewrite(t, UrlText::decodeAmp))));
                }
            }
            TrackingRules.Cleaned cleaned = rules.cleaned(url);
            if (cleaned.changed()) {
                place.report(Kind.TRACKING_PARAMS, "the link carries tracking parameters ("
                        + String.join(", ", cleaned.removed()) + ")",
                        Fix.safe(url, cleaned.url(), new Edit.TextEdit(place.path(), t -> rewrite(t, rules::clean))));
            }
            if (UrlText.isHttp(url) && !Url.parse(url).map(u -> UrlText.isLocalHost(u.host())).orElse(true)) {
                String https = UrlText.toHttps(url);
                place.report(Kind.INSECURE_HTTP, "the link uses http://; check that https:// works and use it",
                        Fix.suggestion(url, https, new Edit.TextEdit(place.path(),
                                t -> rewrite(t, u -> u.equals(url) ? https : u))));
            }
        }
    }

    /** The http(s) URLs of a text, bare or in an attribute, without the punctuation that ends a sentence. */
    static List<String> urlsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MarkdownText.BARE_URL.matcher(text).useTransparentBounds(true);
        while (m.find()) {
            int end = end(text, m.start(), m.end());
            String url = text.substring(m.start(), end);
            if (url.regionMatches(true, 0, "http", 0, 4)) {
                out.add(url);
            }
        }
        return out;
    }

    /** The text with each http(s) URL rewritten. Idempotent when the rewrite is. */
    static String rewrite(String text, UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        Matcher m = MarkdownText.BARE_URL.matcher(text).useTransparentBounds(true);
        while (m.find()) {
            int end = end(text, m.start(), m.end());
            String url = text.substring(m.start(), end);
            if (url.regionMatches(true, 0, "http", 0, 4)) {
                out.append(text, last, m.start()).append(rewrite.apply(url));
                last = end;
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private static int end(String text, int start, int end) {
        int e = end;
        while (e > start && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    private static String string(YMapping m, String key) {
        return m.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(YScalar::isString).map(YScalar::value).orElse(null);
    }
}
