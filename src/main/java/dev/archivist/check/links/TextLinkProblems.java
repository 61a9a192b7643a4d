package dev.archivist.check.links;

import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The link problems of one Markdown text (a question or a reply), each with its fix. */
final class TextLinkProblems {
    private static final Pattern DOMAIN_WORD = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private final Place place;
    private final String text;
    private final TrackingRules rules;

    private TextLinkProblems(Place place, String text, TrackingRules rules) {
        this.place = place;
        this.text = text;
        this.rules = rules;
    }

    /** Reports the problems of the text at the place. */
    static void find(Place place, String text, TrackingRules rules) {
        MarkdownLinks.Scan scan = MarkdownLinks.scan(text, place::markdown);
        TextLinkProblems p = new TextLinkProblems(place, text, rules);
        for (LinkRef link : scan.links()) {
            p.link(link);
        }
        for (SlackToken token : scan.slack()) {
            p.slack(token);
        }
    }

    private void link(LinkRef link) {
        urlFix(link, Kind.ENTITY_IN_URL, UrlText::decodeAmp, LinkFixes::entityInUrl,
                () -> "the URL holds &amp; where & is meant (an HTML escape from the Slack export)");
        Set<String> removed = new LinkedHashSet<>();
        urlFix(link, Kind.TRACKING_PARAMS, u -> {
            TrackingRules.Cleaned c = rules.cleaned(u);
            removed.addAll(c.removed());
            return c.url();
        }, LinkFixes::trackingParams, () -> "the link carries tracking parameters (" + String.join(", ", removed) + ")");
        boolean bareDomain = bareDomain(link);
        insecure(link, bareDomain);
        if (link.form() != LinkRef.Form.INLINE) {
            return;
        }
        urlAsText(link);
        if (bareDomain) {
            String word = link.shown().strip();
            String source = link.source(text);
            Edit edit = new Edit.TextEdit(place.path(), t -> LinkFixes.replaceLinks(t,
                    l -> l.source(t).equals(source), l -> word));
            place.report(Kind.BARE_DOMAIN, "Slack turned the word '" + word + "' into a link to " + link.href()
                    + "; it was probably meant as plain text", Fix.suggestion(link.source(text), word, edit));
        }
        linkText(link);
    }

    /** Reports a safe URL fix when rewriting this link's URL with {@code one} changes it; {@code all} fixes the whole text. */
    private void urlFix(LinkRef link, Kind kind, UnaryOperator<String> one, UnaryOperator<String> all,
                        Supplier<String> message) {
        List<LinkFixes.Replacement> reps = LinkFixes.urlRewrites(text, link, one);
        if (!reps.isEmpty()) {
            Edit edit = new Edit.TextEdit(place.path(), all);
            String after = LinkFixes.fragment(text, link.start(), link.end(), reps);
            place.report(kind, message.get(), Fix.safe(link.source(text), after, edit));
        }
    }

    private void insecure(LinkRef link, boolean bareDomain) {
        String url = link.rawUrl(text);
        if (bareDomain || !UrlText.isHttp(url)
                || Url.parse(url).map(u -> UrlText.isLocalHost(u.host())).orElse(true)) {
            return;
        }
        String https = UrlText.toHttps(url);
        Edit edit = new Edit.TextEdit(place.path(), t -> LinkFixes.rewriteUrls(t, u -> u.equals(url) ? https : u));
        place.report(Kind.INSECURE_HTTP, "the link uses http://; check that https:// works and use it",
                Fix.suggestion(url, https, edit));
    }

    private void urlAsText(LinkRef link) {
        if (!link.showsUrl()) {
            return;
        }
        Optional<String> autolink = LinkFixes.urlAsText(link);
        Fix fix = autolink.map(a -> Fix.safe(link.source(text), a,
                new Edit.TextEdit(place.path(), LinkFixes::urlAsText))).orElse(null);
        place.report(Kind.URL_AS_TEXT, "a link whose text is its own URL; an autolink <…> says the same", fix);
    }

    /**
     * True when Slack autolinked a word that looks like a domain: {@code [fast.ai](http://fast.ai)},
     * or a word cut short: {@code [instances... ](http://instances.be)}.
     */
    static boolean bareDomain(LinkRef link) {
        if (link.form() != LinkRef.Form.INLINE || link.shown() == null || !UrlText.isHttp(link.href())) {
            return false;
        }
        Optional<Url> url = Url.parse(link.href());
        if (url.isEmpty() || !(url.get().path().isEmpty() || url.get().path().equals("/"))
                || url.get().query() != null || url.get().fragment() != null) {
            return false;
        }
        String host = url.get().host();
        String word = link.shown().strip().toLowerCase(Locale.ROOT);
        String domain = word.endsWith("/") ? word.substring(0, word.length() - 1) : word;
        if (DOMAIN_WORD.matcher(domain).matches() && domain.equals(host)) {
            return true;
        }
        String cut = word.replaceAll("(\\.\\.\\.|…)$", "");
        return !cut.equals(word) && !cut.isEmpty() && host.startsWith(cut + ".");
    }

    private void linkText(LinkRef link) {
        String raw = link.rawText(text);
        if (raw != null && !raw.isEmpty() && (isBlank(raw.charAt(0)) || isBlank(raw.charAt(raw.length() - 1)))) {
            Fix fix = LinkFixes.trimmed(text, link).map(t -> Fix.safe(link.source(text), t,
                    new Edit.TextEdit(place.path(), LinkFixes::trimLinkText))).orElse(null);
            place.report(Kind.LINK_TEXT, "the link text has spaces inside its brackets", fix);
        }
        String shown = link.shown();
        if (shown != null && isTruncated(shown)) {
            Fix fix = null;
            if (shown.regionMatches(true, 0, "http", 0, 4) && UrlText.autolinkable(link.href())) {
                String source = link.source(text);
                String autolink = "<" + link.href() + ">";
                fix = Fix.suggestion(source, autolink, new Edit.TextEdit(place.path(),
                        t -> LinkFixes.replaceLinks(t, l -> l.source(t).equals(source), l -> autolink)));
            }
            place.report(Kind.LINK_TEXT, "the link text was cut short by Slack (" + shown + ")", fix);
        }
    }

    /** Slack's {@code […]} in the middle of a shown URL, or a shown URL ending in an ellipsis. */
    static boolean isTruncated(String shown) {
        if (shown.contains("[…]") || shown.contains("[...]")) {
            return true;
        }
        String s = shown.strip();
        return s.regionMatches(true, 0, "http", 0, 4) && (s.endsWith("…") || s.endsWith("..."));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private void slack(SlackToken token) {
        String source = text.substring(token.start(), token.end());
        Optional<String> markdown = token.markdown();
        Fix fix = markdown.map(md -> Fix.safe(source, md, new Edit.TextEdit(place.path(), LinkFixes::slackMarkup)))
                .orElse(null);
        String message = switch (token.type()) {
            case LINK -> "Slack link markup " + source + " left in the text";
            case CHANNEL -> markdown.isPresent() ? "Slack channel markup left in the text"
                    : "Slack channel " + source + " without its name; only a person can say which channel it is";
            case USER -> markdown.isPresent() ? "Slack mention markup left in the text"
                    : "Slack mention " + source + " of a user id; only a person can say who it is";
            case SPECIAL -> markdown.isPresent() ? "Slack markup " + source + " left in the text"
                    : "Slack markup " + source + " with nothing to show in its place";
        };
        place.report(Kind.SLACK_MARKUP, message, fix);
    }
}
