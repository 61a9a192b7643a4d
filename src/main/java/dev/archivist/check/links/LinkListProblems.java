package dev.archivist.check.links;

import dev.archivist.check.CheckContext;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The problems of {@code links:}: on a book, a list whose entries must be {@code {text, link}}
 * (duplicates and the URLs' own faults too); on an episode, a mapping of platform to URL, each a
 * valid URL. Other pages' {@code links:} have a shape Archivist does not know: not checked.
 */
final class LinkListProblems {
    private static final YamlPath LINKS = YamlPath.of("links");

    private LinkListProblems() {
    }

    static void find(CheckContext context, TrackingRules rules, List<Problem> out) {
        Optional<YNode> node = context.root().get("links");
        if (node.isEmpty() || node.get() instanceof YScalar s && s.isNull()) {
            return;
        }
        switch (context.kind()) {
            case BOOK -> list(context, node.get(), rules, out);
            case PODCAST -> platforms(context, node.get(), out);
            default -> {
            }
        }
    }

    /** An episode's {@code links:}: platform ({@code youtube}, {@code apple}...) to the episode's URL there. */
    private static void platforms(CheckContext context, YNode node, List<Problem> out) {
        if (!(node instanceof YMapping platforms)) {
            Place.of(context, LINKS, out).report(Kind.LIST_ENTRY, "links: is not a mapping of platform to URL", null);
            return;
        }
        for (YEntry e : platforms.entries()) {
            Place place = Place.of(context, LINKS.key(e.name()), out);
            if (!(e.value() instanceof YScalar s)) {
                place.report(Kind.LIST_ENTRY, "the " + e.name() + " link is a list or mapping, not a URL", null);
            } else if (!s.isString() && !s.isNull()) {
                place.report(Kind.LIST_ENTRY, "the " + e.name() + " link is not a text (" + s.value() + ")", null);
            } else if (s.isNull() || s.value().isBlank()) {
                place.report(Kind.LIST_ENTRY, "the " + e.name() + " link is empty", null);
            } else if (!UrlText.isValidWebUrl(UrlText.decodeAmp(s.value().strip()))) {
                place.report(Kind.LIST_ENTRY, "the " + e.name() + " link is not an absolute http(s) URL (" + s.value() + ")", null);
            }
        }
    }

    /** A book's {@code links:}: a list of {@code {text, link}}. */
    private static void list(CheckContext context, YNode node, TrackingRules rules, List<Problem> out) {
        if (!(node instanceof YSequence list)) {
            Place.of(context, LINKS, out).report(Kind.LIST_ENTRY, "links: is not a list of {text, link} entries", null);
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            YamlPath path = LINKS.index(i);
            if (!(list.get(i) instanceof YMapping entry)) {
                Place.of(context, path, out).report(Kind.LIST_ENTRY, "the entry is not a {text, link} mapping", null);
                continue;
            }
            shape(Place.of(context, path, out), entry);
            int index = i;
            string(entry, "link").ifPresent(link -> {
                link(Place.of(context, path.key("link"), out), link, rules);
                duplicate(Place.of(context, path, out), link, index, seen, rules);
            });
            string(entry, "text").ifPresent(text -> text(Place.of(context, path.key("text"), out), text));
        }
    }

    private static void shape(Place place, YMapping entry) {
        List<String> faults = new ArrayList<>();
        Optional<String> text = string(entry, "text");
        Optional<String> link = string(entry, "link");
        if (text.isEmpty() || text.get().isBlank()) {
            faults.add(entry.get("text").isPresent() ? "its text is not a text" : "it has no text");
        }
        if (link.isEmpty()) {
            faults.add(entry.get("link").isPresent() ? "its link is not a text" : "it has no link");
        } else if (!UrlText.isValidWebUrl(UrlText.decodeAmp(link.get()))) {
            faults.add("its link is not an absolute http(s) URL (" + link.get() + ")");
        }
        for (YEntry e : entry.entries()) {
            if (!e.name().equals("text") && !e.name().equals("link")) {
                faults.add("it has an extra key '" + e.name() + "'");
            }
        }
        if (!faults.isEmpty()) {
            place.report(Kind.LIST_ENTRY, "the entry is not a {text, link} with a valid URL: " + String.join(", ", faults), null);
        }
    }

    private static void link(Place place, String link, TrackingRules rules) {
        String decoded = UrlText.decodeAmp(link);
        if (!decoded.equals(link)) {
            place.report(Kind.ENTITY_IN_URL, "the URL holds &amp; where & is meant (an HTML escape)",
                    Fix.safe(link, decoded, new Edit.TextEdit(place.path(), UrlText::decodeAmp)));
        }
        TrackingRules.Cleaned cleaned = rules.cleaned(link);
        if (cleaned.changed()) {
            place.report(Kind.TRACKING_PARAMS, "the link carries tracking parameters (" + String.join(", ", cleaned.removed()) + ")",
                    Fix.safe(link, cleaned.url(), new Edit.TextEdit(place.path(), rules::clean)));
        }
        if (UrlText.isHttp(link) && !Url.parse(link).map(u -> UrlText.isLocalHost(u.host())).orElse(true)) {
            place.report(Kind.INSECURE_HTTP, "the link uses http://; check that https:// works and use it",
                    Fix.suggestion(link, UrlText.toHttps(link), new Edit.TextEdit(place.path(), UrlText::toHttps)));
        }
    }

    private static void duplicate(Place place, String link, int index, Map<String, Integer> seen, TrackingRules rules) {
        String key = rules.clean(UrlText.decodeAmp(link.strip()));
        key = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        int colon = key.indexOf("://");
        key = colon < 0 ? key : key.substring(0, colon).toLowerCase(Locale.ROOT) + key.substring(colon);
        Integer first = seen.putIfAbsent(key, index);
        if (first != null) {
            place.report(Kind.LIST_ENTRY, "the entry repeats the link of links[" + first + "] (" + link + ")", null);
        }
    }

    private static void text(Place place, String text) {
        String trimmed = text.strip();
        if (!trimmed.equals(text) && !trimmed.isEmpty()) {
            place.report(Kind.LINK_TEXT, "the link text has spaces around it",
                    Fix.safe(text, trimmed, new Edit.TextEdit(place.path(), String::strip)));
        }
        if (TextLinkProblems.isTruncated(text)) {
            place.report(Kind.LINK_TEXT, "the link text was cut short (" + text + ")", null);
        }
    }

    private static Optional<String> string(YMapping entry, String key) {
        return entry.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(YScalar::isString).map(YScalar::value);
    }
}
