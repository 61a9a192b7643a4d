package dev.archivist.check.names;

import dev.archivist.check.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of a name inside a Markdown text: whole words only, never inside a URL, a domain, an
 * e-mail address, Slack markup, inline code, a code block, HTML or a link's destination.
 */
public final class Mentions {
    private static final Pattern LITERAL = Pattern.compile(
            "<[^<>\\n]*>"                                          // Slack markup, autolinks, HTML
            + "|(?i:\\b(?:https?|ftp)://|\\bmailto:|\\bwww\\.)[^\\s<>]*" // URLs
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"                   // e-mail addresses
            + "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}(?:/[^\\s)]*)?"); // bare domains and file names

    private Mentions() {
    }

    /**
     * The text with each mention of {@code from} replaced by {@code to}. Pure and idempotent: a
     * mention that is already part of {@code to} (renaming {@code Gant} to {@code Gant Laborde})
     * is left alone.
     *
     * @param atOnly only {@code @from} counts as a mention (for a first name alone, which is too
     *               common a word to rename everywhere)
     */
    public static String replace(String text, String from, String to, boolean atOnly) {
        List<Integer> at = find(text, from, to, atOnly, MarkdownText::of);
        if (at.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + at.size() * Math.max(0, to.length() - from.length()));
        int pos = 0;
        for (int i : at) {
            sb.append(text, pos, i).append(to);
            pos = i + from.length();
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** True when the text mentions the name (and a replacement by {@code to} would change it). */
    public static boolean mentions(String text, String from, String to, boolean atOnly) {
        return mentions(text, from, to, atOnly, MarkdownText::of);
    }

    /** The same, the text's Markdown analysis asked of {@code analyses} (the one the checks share). */
    static boolean mentions(String text, String from, String to, boolean atOnly, Function<String, MarkdownText> analyses) {
        return !find(text, from, to, atOnly, analyses).isEmpty();
    }

    /** Offsets of the mentions of {@code from} that may be replaced, in order. */
    static List<Integer> find(String text, String from, String to, boolean atOnly,
                              Function<String, MarkdownText> analyses) {
        if (from.isEmpty() || text.indexOf(from) < 0) {
            return List.of();
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + 1)) {
            if (wholeWord(text, i, from) && (!atOnly || i > 0 && text.charAt(i - 1) == '@')) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Ranges guarded = guarded(analyses.apply(text), to);
        List<Integer> out = new ArrayList<>(candidates.size());
        int lastEnd = -1;
        for (int i : candidates) {
            if (i >= lastEnd && !guarded.overlaps(i, i + from.length())) {
                out.add(i);
                lastEnd = i + from.length();
            }
        }
        return out;
    }

    private static Ranges guarded(MarkdownText markdown, String to) {
        String text = markdown.text();
        Ranges r = new Ranges();
        for (MarkdownText.Range g : markdown.guarded()) {
            r.add(g.start(), g.end());
        }
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
            r.add(m.start(), m.end());
        }
        if (!to.isEmpty()) {
            for (int i = text.indexOf(to); i >= 0; i = text.indexOf(to, i + 1)) {
                if (wholeWord(text, i, to)) {
                    r.add(i, i + to.length());
                }
            }
        }
        return r;
    }

    /** A name ends where a word does; a hyphen between letters joins words (Youens-Clark), so it does not. */
    private static boolean wholeWord(String text, int start, String name) {
        int end = start + name.length();
        boolean leftOk = !isWord(name.codePointAt(0)) || start == 0 || !isWord(text.codePointBefore(start))
                && !(text.charAt(start - 1) == '-' && start >= 2 && isWord(text.codePointBefore(start - 1)));
        boolean rightOk = !isWord(name.codePointBefore(name.length())) || end == text.length()
                || !isWord(text.codePointAt(end))
                && !(text.charAt(end) == '-' && end + 1 < text.length() && isWord(text.codePointAt(end + 1)));
        return leftOk && rightOk;
    }

    private static boolean isWord(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }
}
