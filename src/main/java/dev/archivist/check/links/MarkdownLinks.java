package dev.archivist.check.links;

import dev.archivist.check.MarkdownText.Range;
import dev.archivist.check.MarkdownText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Finds the links of a Markdown text with their exact places: inline links and autolinks as
 * {@link MarkdownText} finds them, bare URLs with the autolink extension's extractor, and Slack's
 * {@code <url|label>} markup; nothing inside code spans or code blocks.
 */
final class MarkdownLinks {
    private static final LinkExtractor BARE = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL)).build();

    /** The links of one text, in order, and the Slack tokens in it. */
    record Scan(String text, List<LinkRef> links, List<SlackToken> slack) {
    }

    private final String text;
    private final List<Range> code;
    private final List<Range> taken;
    private final List<Range> inline = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<SlackToken> slack = new ArrayList<>();

    private MarkdownLinks(MarkdownText markdown) {
        this.text = markdown.text();
        this.code = markdown.code();
        this.taken = new ArrayList<>(markdown.taken());
    }

    /** True when the text may hold a link at all: the cheap test before any parsing. */
    static boolean mayHaveLinks(String text) {
        return text.indexOf('<') >= 0 || text.contains("://") || text.contains("](");
    }

    /** The links and Slack tokens of a text. */
    static Scan scan(String text) {
        return scan(text, MarkdownText::of);
    }

    /** The same, the text's Markdown analysis asked of {@code analyses} (the one the checks share). */
    static Scan scan(String text, Function<String, MarkdownText> analyses) {
        if (!mayHaveLinks(text)) {
            return new Scan(text, List.of(), List.of());
        }
        MarkdownText markdown = analyses.apply(text);
        MarkdownLinks m = new MarkdownLinks(markdown);
        for (MarkdownText.Link link : markdown.links()) {
            m.link(link);
        }
        for (int i = m.text.indexOf('<'); i >= 0; i = m.text.indexOf('<', i + 1)) {
            i = m.slackAt(i);
        }
        m.findBare();
        m.links.sort(Comparator.comparingInt(LinkRef::start));
        return new Scan(m.text, List.copyOf(m.links), List.copyOf(m.slack));
    }

    private void link(MarkdownText.Link link) {
        if (link.autolink()) {
            links.add(new LinkRef(LinkRef.Form.AUTOLINK, link.start(), link.end(), link.urlStart(), link.urlEnd(), -1, -1,
                    link.destination(), text.substring(link.urlStart(), link.urlEnd())));
            return;
        }
        inline.add(new Range(link.start(), link.end()));
        if (link.urlStart() >= 0) {
            // the text as written, decoded: a URL shown as text may hold stars that Markdown took for emphasis
            String shown = MarkdownText.unescape(text.substring(link.start() + 1, link.textEnd()));
            links.add(new LinkRef(LinkRef.Form.INLINE, link.start(), link.end(), link.urlStart(), link.urlEnd(),
                    link.start() + 1, link.textEnd(), link.destination(), shown));
        }
    }

    /** Records the Slack token at a {@code <}, if any; returns where the search for the next {@code <} goes on from (less one). */
    private int slackAt(int at) {
        if (inside(code, at) || inside(inline, at)) {
            return at;
        }
        Optional<SlackToken> token = SlackToken.at(text, at);
        if (token.isEmpty() || !token.get().isProblem()) {
            return at;
        }
        SlackToken t = token.get();
        slack.add(t);
        links.removeIf(l -> l.start() < t.end() && t.start() < l.end());
        taken.add(new Range(t.start(), t.end()));
        if (t.type() == SlackToken.Type.LINK) {
            int urlEnd = at + 1 + t.target().length();
            links.add(new LinkRef(LinkRef.Form.SLACK, t.start(), t.end(), at + 1, urlEnd, urlEnd + 1, t.end() - 1,
                    t.url(), UrlText.slackUnescape(t.label())));
        }
        return t.end() - 1;
    }

    /**
     * Bare URLs, by the autolink extension's extractor run on each run of non-space text holding
     * {@code ://} (a URL never holds a space, so the result is the same as over the whole text,
     * without scanning every word of a long reply).
     */
    private void findBare() {
        for (int at = text.indexOf("://"); at >= 0; ) {
            int start = at;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int to = at;
            while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            if (anyOutside(at, to)) {
                for (LinkSpan span : BARE.extractLinks(text.substring(start, to))) {
                    bare(start + span.getBeginIndex(), start + span.getEndIndex());
                }
            }
            at = text.indexOf("://", to);
        }
    }

    /**
     * True when a {@code ://} from {@code at} on, before {@code to}, lies outside code and the links
     * already found. Every URL the extractor finds holds one, and one that overlaps those is
     * dropped, so a word whose every {@code ://} is inside them (the URL of a Slack link) needs
     * no extractor.
     */
    private boolean anyOutside(int at, int to) {
        for (int i = at; i >= 0 && i < to; i = text.indexOf("://", i + 1)) {
            if (!inside(code, i) && !inside(taken, i)) {
                return true;
            }
        }
        return false;
    }

    private void bare(int start, int extractedEnd) {
        int end = trimEnd(start, extractedEnd);
        if (overlaps(code, start, end) || overlaps(taken, start, end)) {
            return;
        }
        String raw = text.substring(start, end);
        if (Url.parse(raw).filter(Url::isWeb).isPresent()) {
            links.add(new LinkRef(LinkRef.Form.BARE, start, end, start, end, -1, -1, MarkdownText.unescape(raw), raw));
        }
    }

    /** Drops what the extractor keeps but a reader does not: closing quotes, an ellipsis, an entity after the URL. */
    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && text.charAt(e - 1) > 127 && isPunctuation(text.charAt(e - 1))) {
            e--;
        }
        int amp = text.lastIndexOf('&', e - 1);
        if (amp > start && e < text.length() && text.charAt(e) == ';'
                && text.substring(amp + 1, e).chars().allMatch(Character::isLetterOrDigit)) {
            e = amp;
        }
        return e;
    }

    private static boolean isPunctuation(char c) {
        int t = Character.getType(c);
        return t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.OTHER_PUNCTUATION || t == Character.END_PUNCTUATION;
    }

    private static boolean inside(List<Range> ranges, int at) {
        for (Range r : ranges) {
            if (r.contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Range> ranges, int start, int end) {
        for (Range r : ranges) {
            if (r.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
