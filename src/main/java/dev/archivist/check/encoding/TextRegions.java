package dev.archivist.check.encoding;

import dev.archivist.check.MarkdownText;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each character of a value is to the encoding checks: in a Markdown text, code, part of a
 * URL or raw HTML as {@link MarkdownText} finds them; in any value, bare URLs and Slack's markup
 * count as URL. Everything else is prose, where the checks may change text.
 */
final class TextRegions {
    /** Slack's own markup: {@code <url>}, {@code <url|label>}, {@code <@U123>}, {@code <#C123|chan>}, {@code <!here>}. */
    private static final Pattern SLACK_MARKUP = Pattern.compile(
            "<(?:(?:https?|ftps?|mailto|tel):[^>\\n]*|[@#!][^>\\n]*)>", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final boolean markdown;
    private final Function<String, MarkdownText> analyses;
    /** The Markdown analysis, asked for on first need: most values never need it. */
    private MarkdownText analysis;
    /** Bare URL marks, made on first need. */
    private boolean[] urls;
    /** Slack's code blocks ({@code ```code```}), found on first need. */
    private List<SlackCodeBlocks.Block> slackCode;

    private TextRegions(String text, boolean markdown, Function<String, MarkdownText> analyses) {
        this.text = text;
        this.markdown = markdown;
        this.analyses = analyses;
    }

    /** The regions of a Markdown text (markdown true) or of a plain value, where only bare URLs count. */
    static TextRegions of(String text, boolean markdown) {
        return new TextRegions(text, markdown, MarkdownText::of);
    }

    /** The same, the Markdown analysis asked of {@code analyses} (the one the checks share). */
    static TextRegions of(String text, boolean markdown, Function<String, MarkdownText> analyses) {
        return new TextRegions(text, markdown, analyses);
    }

    /** Prose: not code, URL or HTML, nor inside Slack's {@code ```code```}. */
    boolean prose(int index) {
        return !bareUrl(index) && markdownKind(index) == MarkdownText.PROSE && !slackCode(index);
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

    /**
     * Markdown code, outside Slack's {@code ```code```}: what is inside that is the business of
     * {@code encoding.slack-code-block} alone, which decodes its entities as it writes the fence,
     * so no other fix changes the code before or after it.
     */
    boolean code(int index) {
        return markdownKind(index) == MarkdownText.CODE && !slackCode(index);
    }

    private boolean slackCode(int index) {
        if (!markdown) {
            return false;
        }
        if (slackCode == null) {
            slackCode = text.contains("```") ? SlackCodeBlocks.find(text) : List.of();
        }
        for (SlackCodeBlocks.Block b : slackCode) {
            if (b.closed() && b.start() <= index && index < b.end()) {
                return true;
            }
        }
        return false;
    }

    private byte markdownKind(int index) {
        if (!markdown) {
            return MarkdownText.PROSE;
        }
        if (analysis == null) {
            analysis = analyses.apply(text);
        }
        return analysis.kind(index);
    }

    private boolean bareUrl(int index) {
        if (urls == null) {
            // bare URLs as Slack and autolinkers see them (| ends one: Slack writes <url|text>), and
            // Slack's markup in angle brackets, which kramdown's autolink takes whole up to the >:
            // the links check turns it into Markdown, so all of it is left alone
            urls = new boolean[text.length()];
            Matcher url = MarkdownText.BARE_URL.matcher(text).useTransparentBounds(true);
            for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
                if (text.startsWith("//", i + 1) || i >= 6 && text.startsWith("mailto", i - 6)) {
                    int start = i;
                    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                        start--;
                    }
                    mark(url, start);
                }
            }
            for (int i = text.indexOf("www."); i >= 0; i = text.indexOf("www.", i + 1)) {
                mark(url, i);
            }
            Matcher slack = SLACK_MARKUP.matcher(text);
            for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
                mark(slack, i);
            }
        }
        return urls[index];
    }

    /** Marks what the pattern matches from the index on, if it does. */
    private void mark(Matcher m, int start) {
        if (m.region(start, text.length()).lookingAt()) {
            Arrays.fill(urls, start, m.end(), true);
        }
    }
}
