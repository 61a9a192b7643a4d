package dev.archivist.check.links;

import dev.archivist.check.MarkdownLines;
import dev.archivist.check.SyntaxMatchers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.commonmark.internal.util.Escaping;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Finds the links of a Markdown text with their exact places: inline links and autolinks from
 * commonmark-java's source spans, bare URLs with the autolink extension's extractor, and Slack's
 * {@code <url|label>} markup; nothing inside code spans or code blocks.
 */
final class MarkdownLinks {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final LinkExtractor BARE = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL)).build();

    /** The links of one text, in order, and the Slack tokens in it. */
    record Scan(String text, List<LinkRef> links, List<SlackToken> slack) {
    }

    /**
     * A scan with what {@link ScanTransport} needs to move it through an edit: whether the text
     * was settled without the parser, and the ranges links, images and Slack tokens take.
     */
    record Analysis(Scan scan, boolean settled, List<int[]> taken) {
        String text() {
            return scan.text();
        }
    }

    /**
     * The analyses this thread made or moved last, by text identity: a link fix asks for the
     * analysis of the text the previous fix made, and the check after a round for the text the
     * last fix made (see {@link ScanTransport}).
     */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);
    private static final int MEMO_SIZE = 512;

    private static final class Memo {
        private final java.util.IdentityHashMap<String, Analysis> byText = new java.util.IdentityHashMap<>();
        private final java.util.ArrayDeque<String> order = new java.util.ArrayDeque<>();

        Analysis get(String text) {
            return byText.get(text);
        }

        void put(Analysis a) {
            if (byText.put(a.text(), a) == null) {
                order.addLast(a.text());
                if (order.size() > MEMO_SIZE) {
                    byText.remove(order.removeFirst());
                }
            }
        }
    }

    private final String text;
    private final List<int[]> code = new ArrayList<>();
    private final List<int[]> taken = new ArrayList<>();
    private final List<int[]> inline = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();
    private final List<SlackToken> slack = new ArrayList<>();

    private MarkdownLinks(String text) {
        this.text = text;
    }

    /** True when the text may hold a link at all: the cheap test before any parsing. */
    static boolean mayHaveLinks(String text) {
        return text.indexOf('<') >= 0 || text.contains("://") || text.contains("](");
    }

    static Scan scan(String text) {
        return analysis(text).scan();
    }

    /** The analysis of the text: this thread's last one of that very text, or a new one. */
    static Analysis analysis(String text) {
        return memoized(text, false);
    }

    /** The scan of a text the caller found {@link #mayHaveLinks} (so it is not asked again). */
    static Scan scanOfLinked(String text) {
        return memoized(text, true).scan();
    }

    private static Analysis memoized(String text, boolean knownLinked) {
        Memo memo = MEMO.get();
        Analysis a = memo.get(text);
        if (a == null) {
            a = knownLinked ? linked(text, false) : fresh(text, false);
            memo.put(a);
        }
        return a;
    }

    /** Keeps an analysis for {@link #analysis} to find (one {@link ScanTransport} moved). */
    static void remember(Analysis a) {
        MEMO.get().put(a);
    }

    /** The analysis this thread keeps for this very text, or null (for tests). */
    static Analysis remembered(String text) {
        return MEMO.get().get(text);
    }

    /** The scan, with the parser even where the text is settled without it (for tests). */
    static Scan scan(String text, boolean alwaysParse) {
        return fresh(text, alwaysParse).scan();
    }

    /** A new analysis, not kept; with the parser even where the text is settled without it when asked. */
    static Analysis fresh(String text, boolean alwaysParse) {
        if (!mayHaveLinks(text)) {
            return new Analysis(new Scan(text, List.of(), List.of()), false, List.of());
        }
        return linked(text, alwaysParse);
    }

    /** {@link #fresh} of a text that {@link #mayHaveLinks}. */
    private static Analysis linked(String text, boolean alwaysParse) {
        MarkdownLinks m = new MarkdownLinks(text);
        boolean settled = !alwaysParse && m.settleWithoutParser();
        if (!settled) {
            m.clear();
            m.visit(PARSER.parse(text));
        }
        m.findSlack(settled);
        m.findBare();
        return m.analysis(settled);
    }

    /** What this scan found, the links in order. */
    private Analysis analysis(boolean settled) {
        links.sort(Comparator.comparingInt(LinkRef::start));
        return new Analysis(new Scan(text, List.copyOf(links), List.copyOf(slack)), settled, List.copyOf(taken));
    }

    /**
     * True when the parser would find nothing but what {@link #settleWithoutParser} finds: for
     * tests, on a copy, so that the scan itself is not changed.
     */
    static boolean needsParser(String text) {
        return !new MarkdownLinks(text).settleWithoutParser();
    }

    private void clear() {
        code.clear();
        taken.clear();
        inline.clear();
        links.clear();
    }

    /**
     * Finds the links and images of a text whose Markdown CommonMark's grammar settles without
     * the parser, and returns true; false (with partial results the caller clears) when the
     * parser must decide. Settled: no backtick, tab or {@code ~~~}, and no line that may start
     * indented code ({@link MarkdownLines#mayStartCode}: four spaces at its start or after the
     * markers of a list item or a quote), so no code; every {@code <} not escaped by a backslash starts a {@code <scheme:}
     * autolink or Slack's {@code <#} and {@code <@} (no HTML); and every {@code [} neither
     * escaped nor inside an autolink opens a simple inline link or image, {@code [text](dest)}
     * with no bracket, backtick, angle bracket, backslash or line break in its text and no
     * space, parenthesis, bracket, angle bracket, backslash or backtick in its destination. Such
     * a link is a link wherever it stands (it holds nothing that could nest, escape or end it
     * early, and links bind tighter than emphasis), so the result is the parser's. Most Slack
     * texts, whose links are {@code [url](url)} and {@code <url|label>}, are settled here.
     */
    private boolean settleWithoutParser() {
        if (text.indexOf('`') >= 0 || text.indexOf('\t') >= 0 || text.contains("~~~")) {
            return false;
        }
        for (int line = 0; ; ) {
            if (MarkdownLines.mayStartCode(text, line)) {
                return false;
            }
            int next = text.indexOf('\n', line);
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        boolean escapes = text.indexOf('\\') >= 0;
        int lt = text.indexOf('<');
        int bracket = text.indexOf('[');
        while (lt >= 0 || bracket >= 0) {
            boolean atLt = lt >= 0 && (bracket < 0 || lt < bracket);
            int at = atLt ? lt : bracket;
            if (escapes && escaped(at)) {
                // a backslash-escaped < or [ is text
                lt = atLt ? text.indexOf('<', at + 1) : lt;
                bracket = atLt ? bracket : text.indexOf('[', at + 1);
                continue;
            }
            if (atLt) {
                if (!settledLt(text, lt)) {
                    return false;
                }
                int end = autolinkEnd(lt);
                int next = end > 0 ? end : lt + 1;
                lt = text.indexOf('<', next);
                if (bracket >= 0 && bracket < next) {
                    bracket = text.indexOf('[', next);
                }
                continue;
            }
            int end = SyntaxMatchers.simpleLinkEnd(text, bracket);
            if (end < 0) {
                return false;
            }
            simpleLink(bracket, end);
            bracket = text.indexOf('[', end);
        }
        return true;
    }

    /** The simple link (or image) at a {@code [}, as the settled scan records it; its end, or -1 when there is none. */
    int simpleLinkAt(int open) {
        int end = SyntaxMatchers.simpleLinkEnd(text, open);
        if (end >= 0) {
            simpleLink(open, end);
        }
        return end;
    }

    /** The end of the CommonMark URI autolink {@code <scheme:...>} at {@code lt}, or -1. */
    private int autolinkEnd(int lt) {
        return SyntaxMatchers.uriAutolinkEnd(text, lt);
    }

    /** A simple link (or, after a {@code !}, an image, which is no link) as {@link #link} records it. */
    private void simpleLink(int open, int end) {
        if (open > 0 && text.charAt(open - 1) == '!' && !escaped(open - 1)) {
            taken.add(new int[] {open - 1, end});
            return;
        }
        int[] r = {open, end};
        taken.add(r);
        inline.add(r);
        // the text ends at the last ] before the end: a simple link's destination holds none
        int close = text.lastIndexOf(']', end - 1);
        String href = decode(text.substring(close + 2, end - 1));
        links.add(new LinkRef(LinkRef.Form.INLINE, open, end, close + 2, end - 1, open + 1, close,
                href, decode(text.substring(open + 1, close))));
    }

    private void visit(Node node) {
        if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            range(node).ifPresent(code::add);
        } else if (node instanceof Link link) {
            range(node).ifPresent(r -> link(link, r));
        } else if (node instanceof Image || node instanceof LinkReferenceDefinition
                || node instanceof HtmlInline || node instanceof HtmlBlock) {
            range(node).ifPresent(taken::add);
        } else {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                visit(c);
            }
        }
    }

    private void link(Link link, int[] r) {
        taken.add(r);
        if (text.charAt(r[0]) == '<') {
            String raw = text.substring(r[0] + 1, r[1] - 1);
            links.add(new LinkRef(LinkRef.Form.AUTOLINK, r[0], r[1], r[0] + 1, r[1] - 1, -1, -1,
                    link.getDestination(), raw));
            return;
        }
        inline.add(r);
        int labelEnd = labelEnd(link, r);
        if (labelEnd < 0 || labelEnd + 1 >= r[1] || text.charAt(labelEnd + 1) != '(') {
            return;
        }
        int[] url = destination(labelEnd + 2, r[1]);
        if (url == null || !decode(text.substring(url[0], url[1])).equals(link.getDestination())) {
            return;
        }
        // the text as written, decoded: a URL shown as text may hold stars that Markdown took for emphasis
        String shown = decode(text.substring(r[0] + 1, labelEnd));
        links.add(new LinkRef(LinkRef.Form.INLINE, r[0], r[1], url[0], url[1], r[0] + 1, labelEnd,
                link.getDestination(), shown));
    }

    /** The index of the {@code ]} closing the link text, or -1. */
    private int labelEnd(Link link, int[] r) {
        int pos = r[0] + 1;
        pos = Math.max(pos, lastEnd(link));
        while (pos < r[1] && " \t\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return pos < r[1] && text.charAt(pos) == ']' ? pos : -1;
    }

    private static int lastEnd(Node node) {
        int end = -1;
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            for (SourceSpan s : c.getSourceSpans()) {
                end = Math.max(end, s.getInputIndex() + s.getLength());
            }
            end = Math.max(end, lastEnd(c));
        }
        return end;
    }

    /** The range of the destination written after {@code (}: inside {@code <>}, or up to a space or the unbalanced {@code )}. */
    private int[] destination(int from, int limit) {
        int i = from;
        boolean newline = false;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' && !newline)) {
            newline |= text.charAt(i) == '\n';
            i++;
        }
        if (i < limit && text.charAt(i) == '<') {
            int close = text.indexOf('>', i + 1);
            return close < 0 || close >= limit ? null : new int[] {i + 1, close};
        }
        int depth = 0;
        int j = i;
        while (j < limit) {
            char c = text.charAt(j);
            if (c == '\\' && j + 1 < limit) {
                j += 2;
                continue;
            }
            if (c <= ' ' || c == ')' && depth == 0) {
                break;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            j++;
        }
        return new int[] {i, j};
    }

    /**
     * Slack's markup, and in a settled text ({@code autolinks}) the {@code <scheme:...>} autolinks
     * too, which the parser would have found: each {@code <} is read as a token once.
     */
    private void findSlack(boolean autolinks) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            i = slackAt(i, autolinks);
        }
    }

    /**
     * The Slack token at a {@code <}, if any, as {@link #findSlack} records it; returns where the
     * search for the next {@code <} goes on from (less one).
     */
    int slackAt(int at, boolean autolinks) {
        if (inside(code, at) || inside(inline, at)) {
            return at;
        }
        Optional<SlackToken> token = SlackToken.at(text, at);
        if (token.isEmpty()) {
            return at;
        }
        SlackToken t = token.get();
        if (!t.isProblem()) {
            if (autolinks && t.type() == SlackToken.Type.LINK && t.label() == null && !escaped(at)
                    && UrlText.autolinkable(t.target())) {
                links.add(new LinkRef(LinkRef.Form.AUTOLINK, t.start(), t.end(), t.start() + 1, t.end() - 1, -1, -1,
                        t.target(), t.target()));
                taken.add(new int[] {t.start(), t.end()});
            }
            return at;
        }
        slack.add(t);
        links.removeIf(l -> l.start() < t.end() && t.start() < l.end());
        taken.add(new int[] {t.start(), t.end()});
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
        findBare(0, text.length());
    }

    /** The bare URLs of the words that start in [from, limit) (a word never holds a space). */
    void findBare(int from, int limit) {
        for (int at = text.indexOf("://", from); at >= 0 && at < limit; ) {
            int start = at;
            while (start > 0 && !whitespace(text.charAt(start - 1))) {
                start--;
            }
            int to = at;
            while (to < text.length() && !whitespace(text.charAt(to))) {
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

    /** The start of the word (a run of non-space chars) holding the index. */
    static int wordStart(String text, int index) {
        int i = index;
        while (i > 0 && !whitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the word holding the index. */
    static int wordEnd(String text, int index) {
        int i = index;
        while (i < text.length() && !whitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@link Character#isWhitespace}, small enough for the quick compiler to inline: a char of a
     * word (above the space, below 128) is answered without the JDK's lookup.
     */
    private static boolean whitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
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
            links.add(new LinkRef(LinkRef.Form.BARE, start, end, start, end, -1, -1, decode(raw), raw));
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

    /** Markdown's backslash escapes and entities decoded, as the renderer reads them (commonmark's internal helper: the pom pins 0.24.0). */
    private static String decode(String s) {
        return s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : Escaping.unescapeString(s);
    }

    private static Optional<int[]> range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return Optional.of(new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()});
    }

    /** Preceded by an odd number of backslashes: an escaped character, which Markdown shows as text. */
    private boolean escaped(int at) {
        return MarkdownLines.escaped(text, at);
    }

    /** A scan of a new text that starts from the given taken ranges, for {@link ScanTransport} to find single elements with. */
    static MarkdownLinks continuing(String text, List<int[]> taken) {
        MarkdownLinks m = new MarkdownLinks(text);
        m.taken.addAll(taken);
        return m;
    }

    List<LinkRef> foundLinks() {
        return links;
    }

    List<SlackToken> foundSlack() {
        return slack;
    }

    List<int[]> foundTaken() {
        return taken;
    }

    /** True when a {@code <} at the index starts a {@code <scheme:} autolink or Slack's {@code <#} and {@code <@}, as the settled scan requires. */
    static boolean settledLt(String text, int lt) {
        return SyntaxMatchers.autolinkSchemeColon(text, lt + 1) >= 0 || text.startsWith("#", lt + 1) || text.startsWith("@", lt + 1);
    }

    private static boolean inside(List<int[]> ranges, int at) {
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            if (r[0] <= at && at < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<int[]> ranges, int start, int end) {
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            if (r[0] < end && start < r[1]) {
                return true;
            }
        }
        return false;
    }
}
