package dev.archivist.check.encoding;

import dev.archivist.check.SyntaxMatchers;
import java.util.Arrays;
import java.util.List;
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

/**
 * What each character of a text is to Markdown: prose, code (spans and blocks), part of a URL
 * (link destinations, autolinks, bare URLs) or raw HTML. Found with commonmark's parser and its
 * source spans, so code and links are cut the way a Markdown renderer cuts them; the parser runs
 * only for questions about the part of the text {@link InlineOpeners} could not settle.
 */
final class TextRegions {
    static final byte PROSE = 0;
    static final byte CODE = 1;
    static final byte URL = 2;
    static final byte HTML = 3;

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private final String text;
    /** Kinds settled without the parser, for chars before {@link #unsettled} (null: all prose). */
    private final byte[] settled;
    private final int unsettled;
    private final boolean urlish;
    /** Kinds found by the parser, computed on first need. */
    private byte[] parsed;
    /** Bare URL marks, computed on first need. */
    private boolean[] urls;

    private TextRegions(String text, byte[] settled, int unsettled, boolean urlish) {
        this.text = text;
        this.settled = settled;
        this.unsettled = unsettled;
        this.urlish = urlish;
    }

    /** The regions of a Markdown text (markdown true) or of a plain value, where only bare URLs count. */
    static TextRegions of(String text, boolean markdown) {
        boolean urlish = text.indexOf('<') >= 0 || text.contains("www.");
        for (int i = text.indexOf(':'); i >= 0 && !urlish; i = text.indexOf(':', i + 1)) {
            urlish = urlAt(text, i);
        }
        return of(text, markdown, urlish);
    }

    /** The same, when the caller already knows whether the text may hold a URL (a bare one or Slack markup). */
    static TextRegions of(String text, boolean markdown, boolean urlish) {
        if (!markdown) {
            return new TextRegions(text, null, text.length(), urlish);
        }
        InlineOpeners.Settled s = InlineOpeners.scan(text);
        return new TextRegions(text, s.kinds(), s.unsettled(), urlish);
    }

    /** The kinds as the parser alone finds them (bare URLs aside); for tests of the fast pass. */
    static byte[] parsedKinds(String text) {
        byte[] kinds = new byte[text.length()];
        mark(PARSER.parse(text), kinds, text);
        return kinds;
    }

    /** The Markdown kind of a char, without bare URLs. */
    byte markdownKind(int index) {
        if (index < unsettled) {
            return settled == null ? PROSE : settled[index];
        }
        if (parsed == null) {
            parsed = parsedKinds(text);
        }
        return parsed[index];
    }

    /** Prose: not code, URL or HTML. A bare URL is known without parsing, so it is asked first. */
    boolean prose(int index) {
        return !bareUrl(index) && markdownKind(index) == PROSE;
    }

    /** True when every char of [start, end) is prose. */
    boolean prose(int start, int end) {
        for (int i = start; i < end; i++) {
            if (!prose(i)) {
                return false;
            }
        }
        return true;
    }

    boolean code(int index) {
        return markdownKind(index) == CODE;
    }

    private boolean bareUrl(int index) {
        if (!urlish) {
            return false;
        }
        if (urls == null) {
            // bare URLs as Slack and autolinkers see them (| ends one: Slack writes <url|text>), and
            // Slack's markup in angle brackets, which kramdown's autolink takes whole up to the >:
            // the links check turns it into Markdown, so all of it is left alone
            urls = new boolean[text.length()];
            for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
                if (urlAt(text, i)) {
                    int start = i;
                    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                        start--;
                    }
                    markUrl(start, SyntaxMatchers.bareUrlEnd(text, start));
                }
            }
            for (int i = text.indexOf("www."); i >= 0; i = text.indexOf("www.", i + 1)) {
                markUrl(i, SyntaxMatchers.bareUrlEnd(text, i));
            }
            for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
                markUrl(i, SyntaxMatchers.slackMarkupEnd(text, i));
            }
        }
        return urls[index];
    }

    private void markUrl(int start, int end) {
        if (end >= 0) {
            Arrays.fill(urls, start, end, true);
        }
    }

    /** A colon that may belong to a URL: {@code ://} or {@code mailto:}. */
    static boolean urlAt(String text, int colon) {
        return text.startsWith("//", colon + 1) || colon >= 6 && text.startsWith("mailto", colon - 6);
    }

    /** A link text that is itself a (maybe cut) URL: {@code [https://x?a=1[…]&amp;b=2](...)}. */
    static boolean startsWithUrl(String text, int from) {
        return SyntaxMatchers.bareUrlEnd(text, from) >= 0;
    }

    private static void mark(Node node, byte[] kinds, String text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Code || child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
                fill(child.getSourceSpans(), kinds, CODE);
            } else if (child instanceof HtmlInline || child instanceof HtmlBlock) {
                fill(child.getSourceSpans(), kinds, HTML);
            } else if (child instanceof LinkReferenceDefinition) {
                fill(child.getSourceSpans(), kinds, URL);
            } else if (child instanceof Link || child instanceof Image) {
                markLink(child, kinds, text);
            } else {
                mark(child, kinds, text);
            }
        }
    }

    /**
     * A link's brackets and destination are URL; its text is looked at like any other text,
     * unless the link is an autolink or its text is itself a URL.
     */
    private static void markLink(Node link, byte[] kinds, String text) {
        fill(link.getSourceSpans(), kinds, URL);
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
            fill(child.getSourceSpans(), kinds, PROSE);
        }
        mark(link, kinds, text);
    }

    private static void fill(List<SourceSpan> spans, byte[] kinds, byte kind) {
        for (SourceSpan s : spans) {
            int end = Math.min(kinds.length, s.getInputIndex() + s.getLength());
            for (int i = Math.max(0, s.getInputIndex()); i < end; i++) {
                kinds[i] = kind;
            }
        }
    }
}
