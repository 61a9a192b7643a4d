package dev.archivist.check.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The whole-value fixes of the link kinds on a Markdown text. Each is pure and idempotent and
 * fixes every occurrence of its kind, so that fixes on one text compose in any order.
 */
final class LinkFixes {

    /** Text from {@code start} to {@code end} to be replaced by {@code with}. */
    record Replacement(int start, int end, String with) {
    }

    private LinkFixes() {
    }

    static String entityInUrl(String text) {
        return rewriteUrls(text, UrlText::decodeAmp);
    }

    static String trackingParams(String text) {
        return rewriteUrls(text, TrackingRules.standard()::clean);
    }

    /** {@code [https://x](https://x)} becomes {@code <https://x>}. */
    static String urlAsText(String text) {
        return replaceLinks(text, l -> true, l -> urlAsText(l).orElse(null));
    }

    /** Slack's markup becomes Markdown where there is one right answer. */
    static String slackMarkup(String text) {
        List<Replacement> out = new ArrayList<>();
        for (SlackToken t : MarkdownLinks.scan(text).slack()) {
            t.markdown().ifPresent(md -> out.add(new Replacement(t.start(), t.end(), md)));
        }
        return apply(text, out);
    }

    /** {@code [ text ](url)} becomes {@code [text](url)}, the spaces moved outside the brackets. */
    static String trimLinkText(String text) {
        return replaceLinks(text, l -> true, l -> trimmed(text, l).orElse(null));
    }

    /** Applies a function to every URL as written (and to the shown text where it is the URL). */
    static String rewriteUrls(String text, UnaryOperator<String> rewrite) {
        List<Replacement> out = new ArrayList<>();
        for (LinkRef l : MarkdownLinks.scan(text).links()) {
            out.addAll(urlRewrites(text, l, rewrite));
        }
        return apply(text, out);
    }

    /** Replaces the inline links that pass the filter by what the function says (null: keep the link). */
    static String replaceLinks(String text, Predicate<LinkRef> which, Function<LinkRef, String> by) {
        List<Replacement> out = new ArrayList<>();
        for (LinkRef l : MarkdownLinks.scan(text).links()) {
            if (l.form() == LinkRef.Form.INLINE && which.test(l)) {
                String with = by.apply(l);
                if (with != null) {
                    out.add(new Replacement(l.start(), l.end(), with));
                }
            }
        }
        return apply(text, out);
    }

    /** The replacements that rewrite one link's URL, and its shown text when that is the URL. */
    static List<Replacement> urlRewrites(String text, LinkRef link, UnaryOperator<String> rewrite) {
        List<Replacement> out = new ArrayList<>();
        String url = link.rawUrl(text);
        if (url.indexOf('\\') >= 0) {
            return out;
        }
        String newUrl = rewrite.apply(url);
        if (!newUrl.equals(url) && fits(text, link, newUrl)) {
            out.add(new Replacement(link.urlStart(), link.urlEnd(), newUrl));
        }
        String shown = link.showsUrl() ? link.rawText(text) : null;
        if (shown != null && shown.indexOf('\\') < 0) {
            String newShown = rewrite.apply(shown);
            if (!newShown.equals(shown) && newShown.indexOf('[') < 0 && newShown.indexOf(']') < 0) {
                out.add(new Replacement(link.textStart(), link.textEnd(), newShown));
            }
        }
        return out;
    }

    /** True when the new URL can stand where the old one was written without changing the syntax around it. */
    private static boolean fits(String text, LinkRef link, String url) {
        return switch (link.form()) {
            case INLINE -> link.urlStart() > 0 && text.charAt(link.urlStart() - 1) == '<'
                    ? url.indexOf('>') < 0 && url.indexOf('\n') < 0
                    : url.equals(SlackToken.destination(url));
            case AUTOLINK -> UrlText.autolinkable(url);
            case BARE -> UrlText.autolinkable(url);
            case SLACK -> UrlText.autolinkable(url) && url.indexOf('|') < 0;
        };
    }

    /** The autolink for an inline link whose text is its URL, if it can be written as one. */
    static Optional<String> urlAsText(LinkRef link) {
        if (link.form() != LinkRef.Form.INLINE || !link.showsUrl() || !UrlText.autolinkable(link.href())) {
            return Optional.empty();
        }
        return Optional.of("<" + link.href() + ">");
    }

    /** The link with the spaces inside its brackets moved outside, if it has some and that is safe. */
    static Optional<String> trimmed(String text, LinkRef link) {
        String raw = link.rawText(text);
        if (link.form() != LinkRef.Form.INLINE || raw == null) {
            return Optional.empty();
        }
        int a = 0;
        int b = raw.length();
        while (a < b && isBlank(raw.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(raw.charAt(b - 1))) {
            b--;
        }
        if (a == 0 && b == raw.length() || a == b) {
            return Optional.empty();
        }
        char before = link.start() == 0 ? '\n' : text.charAt(link.start() - 1);
        char after = link.end() == text.length() ? '\n' : text.charAt(link.end());
        if (a > 0 && isDelimiter(before) || b < raw.length() && isDelimiter(after)) {
            return Optional.empty();
        }
        String pre = a > 0 && !isSpace(before) ? " " : "";
        String post = b < raw.length() && !isSpace(after) ? " " : "";
        return Optional.of(pre + "[" + raw.substring(a, b) + text.substring(link.textEnd(), link.end()) + post);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n';
    }

    /** Emphasis and strikethrough delimiters, which a space next to them would unmake. */
    private static boolean isDelimiter(char c) {
        return c == '*' || c == '_' || c == '~';
    }

    /** The text with the replacements made; one that overlaps an earlier one is dropped. */
    static String apply(String text, List<Replacement> replacements) {
        List<Replacement> made = made(replacements);
        if (made.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Replacement r : made) {
            out.append(text, at, r.start()).append(r.with());
            at = r.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The replacements {@link #apply} makes: in order, without those that overlap an earlier one. */
    private static List<Replacement> made(List<Replacement> replacements) {
        if (replacements.size() < 2) {
            return replacements;
        }
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        List<Replacement> made = new ArrayList<>(sorted.size());
        int at = 0;
        for (Replacement r : sorted) {
            if (r.start() >= at) {
                made.add(r);
                at = r.end();
            }
        }
        return made;
    }

    /** The fragment from {@code start} to {@code end} after the replacements that fall inside it. */
    static String fragment(String text, int start, int end, List<Replacement> replacements) {
        List<Replacement> inside = new ArrayList<>();
        for (Replacement r : replacements) {
            if (r.start() >= start && r.end() <= end) {
                inside.add(new Replacement(r.start() - start, r.end() - start, r.with()));
            }
        }
        return apply(text.substring(start, end), inside);
    }
}
