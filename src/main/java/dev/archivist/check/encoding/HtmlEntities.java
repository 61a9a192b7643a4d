package dev.archivist.check.encoding;

import dev.archivist.check.MarkdownText;
import dev.archivist.io.write.ScalarRules;
import dev.archivist.model.Kind;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code encoding.html-entity}: entities such as {@code &amp;} and {@code &gt;} left by Slack's
 * export, decoded so that the page shows exactly what it showed before. In Markdown prose a
 * character that would start markup ({@code <tag}, a quote {@code >} at a line start,
 * {@code >>}) is written as a backslash escape instead; entities inside URLs are left to the
 * links check, and those inside code (where the page shows them literally) are only suggested.
 */
final class HtmlEntities {
    /** ASCII punctuation kramdown and CommonMark both accept after a backslash. */
    private static final String ESCAPABLE = "\\.*_+-=`()[]{}#!:|\"'$<>";
    /** Characters after which a decoded {@code <} cannot open a tag or an autolink. */
    private static final String SAFE_AFTER_LT = " \t\n\r-=(),.;:'\"0123456789";
    /** An HTML entity: named, decimal or hexadecimal. */
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** CommonMark's autolink: {@code <scheme:...>}; such a {@code <} opens no tag. */
    private static final Pattern URI_AUTOLINK = Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\x00-\\x20]*>");
    private static final int CACHE_LIMIT = 4096;
    private static final Map<String, String> DECODED = new ConcurrentHashMap<>();
    private static final String KEEP = "";
    private static final String STUCK = null;

    private HtmlEntities() {
    }

    static void check(ScalarText s) {
        // in HTML an entity is how the text writes the character, and the browser shows that
        // character; decoding &lt; would make markup of it (decision 0020)
        if (!s.has(ScalarText.AMPERSAND) || s.html) {
            return;
        }
        boolean md = s.markdown;
        Scan scan = scan(s.value, md, s.regions());
        if (scan.fixed > 0) {
            s.reportSafe(Kind.HTML_ENTITY, count(scan.fixed) + " in the text: " + String.join(" ", scan.names),
                    scan.text, scan.first, v -> decode(v, md));
        }
        if (!scan.stuck.isEmpty()) {
            s.report(Kind.HTML_ENTITY, String.join(" ", scan.stuck) + " left as written: decoding would turn "
                    + "the text into HTML markup");
        }
        if (scan.inCode > 0) {
            String code = decodeCode(s.value, s.regions());
            s.reportSuggestion(Kind.HTML_ENTITY, count(scan.inCode) + " inside code, where the page shows them "
                    + "literally (Slack escaped what the author typed)", code, v -> decodeCode(v, TextRegions.of(v, true)));
        }
    }

    private static String count(int n) {
        return n == 1 ? "an HTML entity" : n + " HTML entities";
    }

    /** The value with every prose entity that can be decoded safely decoded. Pure and idempotent. */
    static String decode(String value, boolean markdown) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return scan(value, markdown, TextRegions.of(value, markdown)).text;
    }

    /** The value with the entities inside code decoded to the characters Slack escaped. */
    static String decodeCode(String value, TextRegions regions) {
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        Matcher m = ENTITY.matcher(value);
        for (int from = 0; Finds.next(m, value, '&', from); from = m.end()) {
            if (!regions.code(m.start()) || MarkdownText.escaped(value, m.start())) {
                continue;
            }
            String d = single(m.group());
            boolean formsEntity = "&".equals(d) && entityFollows(value, m.end());
            if (d == null || "`".equals(d) || formsEntity || invisible(d)) {
                continue;
            }
            out.append(value, last, m.start()).append(d);
            last = m.end();
        }
        return last == 0 ? value : out.append(value, last, value.length()).toString();
    }

    /** What one pass over the value found and made. */
    private static final class Scan {
        String text;
        int fixed;
        int inCode;
        Fragments.Change first;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> stuck = new LinkedHashSet<>();
    }

    private static Scan scan(String value, boolean md, TextRegions regions) {
        Scan scan = new Scan();
        // asked only of a text with an entity for >: most texts have none
        Boolean[] looseLt = new Boolean[1];
        BooleanSupplier loose = () -> looseLt[0] != null ? looseLt[0] : (looseLt[0] = hasLooseLt(value, regions));
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        Matcher m = ENTITY.matcher(value);
        for (int from = 0; Finds.next(m, value, '&', from); from = m.end()) {
            int start = m.start();
            if (MarkdownText.escaped(value, start)) {
                continue;
            }
            if (!regions.prose(start, m.end())) {
                scan.inCode += regions.code(start) && codeDecodable(value, m) ? 1 : 0;
                continue;
            }
            String rep = replacement(value, m, md, loose);
            if (rep == STUCK) {
                scan.stuck.add(m.group());
            } else if (!rep.isEmpty()) {
                if (scan.first == null) {
                    scan.first = new Fragments.Change(start, m.end(), start + rep.length());
                }
                out.append(value, last, start).append(rep);
                last = m.end();
                scan.fixed++;
                scan.names.add(m.group());
            }
        }
        scan.text = last == 0 ? value : out.append(value, last, value.length()).toString();
        return scan;
    }

    private static boolean codeDecodable(String value, Matcher m) {
        String d = single(m.group());
        return d != null && !"`".equals(d) && !invisible(d) && !("&".equals(d) && entityFollows(value, m.end()));
    }

    /** The text to write for one prose entity, KEEP when it is fine as it is, STUCK when no text is safe. */
    private static String replacement(String value, Matcher m, boolean md, BooleanSupplier looseLt) {
        String d = single(m.group());
        if (d == null || invisible(d)) {
            return KEEP;
        }
        char c = d.charAt(0);
        int start = m.start();
        int end = m.end();
        switch (c) {
            case '&':
                return entityFollows(value, end) ? KEEP : "&";
            case '<':
                return safeAfterLt(value, end) && !angleNear(value, start, end) ? "<" : md ? "\\<" : STUCK;
            case '>':
                boolean pairs = ltBefore(value, start);
                if (md) {
                    return pairs || angleNear(value, start, end) || lineStartBefore(value, start) || looseLt.getAsBoolean()
                            ? "\\>" : ">";
                }
                return pairs || looseLt.getAsBoolean() ? STUCK : ">";
            case '"', '\'':
                return d;
            default:
                break;
        }
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return !md ? d : ESCAPABLE.indexOf(c) >= 0 ? "\\" + c : KEEP;
        }
        return d;
    }

    /** The decoded text of one entity, or null when commons-text does not know it. */
    private static String single(String entity) {
        String cached = DECODED.get(entity);
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        String d = StringEscapeUtils.unescapeHtml4(entity);
        if (d.equals(entity)) {
            d = StringEscapeUtils.unescapeXml(entity);
        }
        boolean known = !d.equals(entity) && !d.isEmpty() && d.codePointCount(0, d.length()) == 1;
        if (DECODED.size() < CACHE_LIMIT) {
            DECODED.put(entity, known ? d : "");
        }
        return known ? d : null;
    }

    /** Whitespace, controls and invisible characters are clearer as entities: they stay. */
    private static boolean invisible(String d) {
        char c = d.charAt(0);
        return d.length() == 1 && (Character.isWhitespace(c) || Character.isISOControl(c) || ScalarRules.needsEscape(c));
    }

    /** {@code &amp;lt;} shows "&lt;": decoding {@code &amp;} would make a new entity. */
    private static boolean entityFollows(String value, int from) {
        int i = from;
        while (i < value.length() && (Character.isLetterOrDigit(value.charAt(i)) || value.charAt(i) == '#')) {
            i++;
        }
        return i > from && i < value.length() && (value.charAt(i) == ';' || value.charAt(i) == '&');
    }

    private static boolean safeAfterLt(String value, int i) {
        return i >= value.length() || SAFE_AFTER_LT.indexOf(value.charAt(i)) >= 0;
    }

    private static char at(String value, int i) {
        return i < value.length() ? value.charAt(i) : '\0';
    }

    /** Next to another angle bracket: kramdown turns {@code <<} and {@code >>} into guillemets. */
    private static boolean angleNear(String value, int start, int end) {
        char before = start > 0 ? value.charAt(start - 1) : '\0';
        char after = at(value, end);
        return before == '<' || before == '>' || after == '<' || after == '>'
                || endsWithAngleEntity(value, start) || value.startsWith("&gt;", end) || value.startsWith("&lt;", end);
    }

    private static boolean endsWithAngleEntity(String value, int start) {
        return start >= 4 && (value.startsWith("&gt;", start - 4) || value.startsWith("&lt;", start - 4));
    }

    /**
     * Nothing but markers before it on its line: a {@code >} there would start a block quote
     * (Slack's quote became literal text on the page, and must stay so).
     */
    private static boolean lineStartBefore(String value, int start) {
        for (int i = start - 1; i >= 0 && value.charAt(i) != '\n'; i--) {
            if (Character.isLetter(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An {@code &lt;} earlier on the line that opens a word (and so is escaped or kept): its
     * {@code >} is treated the same way, {@code \<tag\>}.
     */
    private static boolean ltBefore(String value, int start) {
        int lineStart = value.lastIndexOf('\n', start) + 1;
        for (int lt = value.indexOf("&lt;", lineStart); lt >= 0 && lt < start; lt = value.indexOf("&lt;", lt + 4)) {
            if (!safeAfterLt(value, lt + 4)) {
                return true;
            }
        }
        return false;
    }

    /** A literal {@code <} that a decoded {@code >} could close into a tag. */
    private static boolean hasLooseLt(String value, TextRegions regions) {
        for (int i = value.indexOf('<'); i >= 0; i = value.indexOf('<', i + 1)) {
            if (!safeAfterLt(value, i + 1) && !MarkdownText.escaped(value, i)
                    && !URI_AUTOLINK.matcher(value).region(i, value.length()).lookingAt() && regions.prose(i)) {
                return true;
            }
        }
        return false;
    }
}
