package dev.archivist.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * One Markdown text (a question or a reply) as the checks read it, from one parse by
 * commonmark-java with source spans: what each character is (prose, code, part of a link's URL,
 * raw HTML), the links and autolinks with the places of their parts, the ranges the links check
 * steps over, and the ranges a rename must not reach. The encoding, links and names checks all
 * ask it, so code and links are cut the way a Markdown renderer cuts them, the same for all three.
 */
public final class MarkdownText {
    public static final byte PROSE = 0;
    public static final byte CODE = 1;
    public static final byte URL = 2;
    public static final byte HTML = 3;

    /** A URL as Slack and kramdown see one in running text (matched with transparent bounds, for the look-behind). */
    public static final Pattern BARE_URL = Pattern.compile(
            "(?i)(?<![\\w@])(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\\[\\]()|\"'`]+");

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Parser PLAIN = Parser.builder().build();
    /** A backslash escape or an entity, as CommonMark decodes them in link destinations and text. */
    private static final Pattern ESCAPE_OR_ENTITY = Pattern.compile(
            "\\\\[!-/:-@\\[-`{-~]|&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});");

    /** A half-open range of the text. */
    public record Range(int start, int end) {
        public boolean contains(int index) {
            return start <= index && index < end;
        }

        public boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /**
     * A link or an autolink as written, [start, end). An inline link {@code [text](url "title")}
     * has its text from {@code start + 1} to {@code textEnd} (the closing bracket) and its URL as
     * written in [urlStart, urlEnd); an autolink {@code <url>} has its URL inside the brackets and
     * textEnd -1. A link whose URL is not written after its text (a reference link) has urlStart -1.
     *
     * @param destination where the link goes, as the renderer reads it (escapes and entities decoded)
     */
    public record Link(int start, int end, int textEnd, int urlStart, int urlEnd, String destination) {
        public boolean autolink() {
            return textEnd < 0 && urlStart >= 0;
        }
    }

    private final String text;
    private final byte[] kinds;
    private final List<Range> code = new ArrayList<>();
    private final List<Range> taken = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Range> guarded = new ArrayList<>();

    private MarkdownText(String text) {
        this.text = text;
        this.kinds = new byte[text.length()];
        Node document = PARSER.parse(text);
        mark(document);
        findLinks(document);
        guard(document);
    }

    /** The analysis of a Markdown text. */
    public static MarkdownText of(String text) {
        return new MarkdownText(text);
    }

    public String text() {
        return text;
    }

    /** What the char at the index is to Markdown: {@link #PROSE}, {@link #CODE}, {@link #URL} or {@link #HTML}. */
    public byte kind(int index) {
        return kinds[index];
    }

    /** Code spans and code blocks, in order. */
    public List<Range> code() {
        return code;
    }

    /** The links and autolinks, in order. */
    public List<Link> links() {
        return links;
    }

    /** What a search for links in the text steps over: links, images, reference definitions and raw HTML. */
    public List<Range> taken() {
        return taken;
    }

    /** What a rename must not reach: code, raw HTML, images and links' destinations (a link's text may be renamed). */
    public List<Range> guarded() {
        return guarded;
    }

    /** True when the text from the index on starts with a URL as {@link #BARE_URL} sees one. */
    public static boolean startsWithUrl(String text, int from) {
        return BARE_URL.matcher(text).region(from, text.length()).useTransparentBounds(true).lookingAt();
    }

    /** Preceded by an odd number of backslashes: an escaped character, which Markdown shows as text. */
    public static boolean escaped(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == '\\') {
            i--;
        }
        return (at - 1 - i) % 2 == 1;
    }

    /** Markdown's backslash escapes and entities decoded, as the renderer reads them. */
    public static String unescape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        return ESCAPE_OR_ENTITY.matcher(s).replaceAll(m -> Matcher.quoteReplacement(unescapeOne(m.group())));
    }

    private static String unescapeOne(String s) {
        if (s.charAt(0) == '\\') {
            return s.substring(1);
        }
        if (s.charAt(1) == '#') {
            boolean hex = s.charAt(2) == 'x' || s.charAt(2) == 'X';
            int cp = Integer.parseInt(s.substring(hex ? 3 : 2, s.length() - 1), hex ? 16 : 10);
            return cp == 0 || !Character.isValidCodePoint(cp) ? "\uFFFD" : Character.toString(cp);
        }
        // a named entity: the parser knows HTML's whole table; one it does not know stays as written
        Node paragraph = PLAIN.parse(s).getFirstChild();
        return paragraph != null && paragraph.getFirstChild() instanceof Text t && t.getNext() == null ? t.getLiteral() : s;
    }

    /** Each char's kind: code and HTML as such, links' brackets and destinations as URL, their text as any text. */
    private void mark(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isCode(child)) {
                fill(child, CODE);
            } else if (child instanceof HtmlInline || child instanceof HtmlBlock) {
                fill(child, HTML);
            } else if (child instanceof LinkReferenceDefinition) {
                fill(child, URL);
            } else if (child instanceof org.commonmark.node.Link || child instanceof Image) {
                markLink(child);
            } else {
                mark(child);
            }
        }
    }

    /** A link's text is looked at like any other text, unless the link is an autolink or its text is itself a URL. */
    private void markLink(Node link) {
        fill(link, URL);
        List<SourceSpan> spans = link.getSourceSpans();
        Node first = link.getFirstChild();
        if (spans.isEmpty() || text.charAt(spans.get(0).getInputIndex()) == '<' || first == null
                || first.getSourceSpans().isEmpty() || startsWithUrl(text, first.getSourceSpans().get(0).getInputIndex())) {
            return;
        }
        for (Node child = first; child != null; child = child.getNext()) {
            if (child.getSourceSpans().isEmpty()) {
                return;
            }
        }
        for (Node child = first; child != null; child = child.getNext()) {
            fill(child, PROSE);
        }
        mark(link);
    }

    private void fill(Node node, byte kind) {
        for (SourceSpan s : node.getSourceSpans()) {
            int end = Math.min(kinds.length, s.getInputIndex() + s.getLength());
            for (int i = Math.max(0, s.getInputIndex()); i < end; i++) {
                kinds[i] = kind;
            }
        }
    }

    /** Code, links and what else the links check steps over; nothing inside them. */
    private void findLinks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Range r = range(child);
            if (isCode(child)) {
                add(code, r);
            } else if (child instanceof org.commonmark.node.Link link) {
                if (r != null) {
                    taken.add(r);
                    links.add(located(link, r));
                }
            } else if (child instanceof Image || child instanceof LinkReferenceDefinition
                    || child instanceof HtmlInline || child instanceof HtmlBlock) {
                add(taken, r);
            } else {
                findLinks(child);
            }
        }
    }

    /** The link with the places of its text and URL, where they are written after it. */
    private Link located(org.commonmark.node.Link link, Range r) {
        if (text.charAt(r.start()) == '<') {
            return new Link(r.start(), r.end(), -1, r.start() + 1, r.end() - 1, link.getDestination());
        }
        int textEnd = textEnd(link, r);
        if (textEnd < 0 || textEnd + 1 >= r.end() || text.charAt(textEnd + 1) != '(') {
            return new Link(r.start(), r.end(), textEnd, -1, -1, link.getDestination());
        }
        Range url = destination(textEnd + 2, r.end());
        if (url == null || !unescape(text.substring(url.start(), url.end())).equals(link.getDestination())) {
            return new Link(r.start(), r.end(), textEnd, -1, -1, link.getDestination());
        }
        return new Link(r.start(), r.end(), textEnd, url.start(), url.end(), link.getDestination());
    }

    /** The index of the {@code ]} closing the link's text, or -1. */
    private int textEnd(Node link, Range r) {
        int pos = Math.max(r.start() + 1, lastEnd(link));
        while (pos < r.end() && " \t\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return pos < r.end() && text.charAt(pos) == ']' ? pos : -1;
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
    private Range destination(int from, int limit) {
        int i = from;
        boolean newline = false;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n' && !newline)) {
            newline |= text.charAt(i) == '\n';
            i++;
        }
        if (i < limit && text.charAt(i) == '<') {
            int close = text.indexOf('>', i + 1);
            return close < 0 || close >= limit ? null : new Range(i + 1, close);
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
        return new Range(i, j);
    }

    /** Code, HTML, images and links' destinations; a link's text is looked into. */
    private void guard(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isCode(child) || child instanceof HtmlBlock || child instanceof HtmlInline || child instanceof Image) {
                addSpans(guarded, child);
            } else if (child instanceof org.commonmark.node.Link link) {
                guardDestination(link);
                guard(link);
            } else {
                guard(child);
            }
        }
    }

    /** What follows a link's text, {@code (url "title")}; all of the link when its text has no place. */
    private void guardDestination(Node link) {
        List<SourceSpan> spans = link.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int from = spans.get(0).getInputIndex();
        Node child = link.getLastChild();
        if (child != null && !child.getSourceSpans().isEmpty()) {
            List<SourceSpan> cs = child.getSourceSpans();
            from = cs.get(cs.size() - 1).getInputIndex() + cs.get(cs.size() - 1).getLength();
        } else {
            addSpans(guarded, link);
        }
        add(guarded, new Range(from, last.getInputIndex() + last.getLength()));
    }

    private static boolean isCode(Node node) {
        return node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock;
    }

    /** From the node's first source span to the end of its last, or null when it has none. */
    private static Range range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        return new Range(spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength());
    }

    private static void addSpans(List<Range> to, Node node) {
        for (SourceSpan s : node.getSourceSpans()) {
            add(to, new Range(s.getInputIndex(), s.getInputIndex() + s.getLength()));
        }
    }

    private static void add(List<Range> to, Range r) {
        if (r != null && r.end() > r.start()) {
            to.add(r);
        }
    }
}
