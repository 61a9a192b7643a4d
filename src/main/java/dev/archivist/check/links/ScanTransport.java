package dev.archivist.check.links;

import dev.archivist.check.MarkdownLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Moves the analysis of a settled text (one {@link MarkdownLinks} read without the parser)
 * through the replacements a link fix made inside its links and Slack tokens, so that the next
 * fix of the value, and the check after the round, need not scan the new text again. A link
 * fix of a long archive would otherwise scan every text it changes once per kind.
 *
 * <p>The result is exactly what a new scan of the new text would find, or null when that is
 * not certain; then the text is scanned as usual. In a settled text, what a scan finds depends
 * on a few signs only: backticks, tabs, {@code ~~~} and four spaces in a row anywhere (none
 * may appear), each {@code <} and {@code [} and what follows it up to the end of its token or
 * link, backslashes before those signs, and the words holding {@code ://}. A replacement is
 * moved only when it lies inside one link or token, brings none of the first signs nor a
 * backslash, a line break or space at its ends, and leaves every other {@code <} and {@code [}
 * where it was. The elements it touches are then read again in the new text with the scan's own
 * code ({@link MarkdownLinks#slackAt}, {@link MarkdownLinks#simpleLinkAt}, and the bare URLs of
 * the words around them), and every other element only moves by the lengths replaced before it.
 * {@code ScanTransportTest} compares the result with a new scan after every link fix on every
 * text of the corpus, the samples and a generated archive.
 */
final class ScanTransport {

    private ScanTransport() {
    }

    /**
     * The analysis of {@code out}, which is {@code a}'s text with the replacements made (sorted,
     * not overlapping), or null when it cannot be moved with certainty.
     */
    static MarkdownLinks.Analysis moved(MarkdownLinks.Analysis a, String out, List<LinkFixes.Replacement> reps) {
        if (!a.settled() || reps.isEmpty()) {
            return null;
        }
        String in = a.text();
        List<int[]> elements = elements(a);
        // each replacement inside one element; an element touched by several keeps them in order
        List<int[]> touched = new ArrayList<>();
        for (LinkFixes.Replacement r : reps) {
            int[] e = holding(elements, r.start(), r.end());
            if (e == null || !plain(r.with(), 0, r.with().length()) || !plain(in, r.start(), r.end())) {
                return null;
            }
            if (touched.isEmpty() || touched.get(touched.size() - 1) != e) {
                touched.add(e);
            }
        }
        if (!MarkdownLinks.mayHaveLinks(out)) {
            return null;
        }
        for (LinkFixes.Replacement r : reps) {
            int at = shift(reps, r.start());
            if (fourSpaces(out, at - 3, at + r.with().length() + 3)) {
                return null;
            }
        }

        // the untouched elements, moved; the touched ones read again in the new text
        List<int[]> taken = new ArrayList<>();
        for (int[] t : a.taken()) {
            if (!isTouched(touched, t[0], t[1])) {
                taken.add(new int[] {shift(reps, t[0]), shift(reps, t[1])});
            }
        }
        MarkdownLinks m = MarkdownLinks.continuing(out, taken);
        List<int[]> regions = new ArrayList<>();
        for (int[] e : touched) {
            int start = shift(reps, e[0]);
            int end = shift(reps, e[1]);
            if (!readAgain(m, out, start, end)) {
                return null;
            }
            regions.add(new int[] {MarkdownLinks.wordStart(out, start), MarkdownLinks.wordEnd(out, end)});
        }
        // the bare URLs of the words around the touched elements, found again with every range taken
        List<LinkRef> links = new ArrayList<>(m.foundLinks());
        m.foundLinks().clear();
        for (int[] region : regions) {
            m.findBare(region[0], region[1]);
        }
        links.addAll(m.foundLinks());
        for (LinkRef l : a.scan().links()) {
            if (isTouched(touched, l.start(), l.end())) {
                continue;
            }
            LinkRef moved = moved(l, reps);
            if (l.form() == LinkRef.Form.BARE && within(regions, moved.start(), moved.end())) {
                continue; // found again above
            }
            links.add(moved);
        }
        links.sort(Comparator.comparingInt(LinkRef::start));
        List<SlackToken> slack = new ArrayList<>(m.foundSlack());
        for (SlackToken t : a.scan().slack()) {
            if (!isTouched(touched, t.start(), t.end())) {
                slack.add(new SlackToken(shift(reps, t.start()), shift(reps, t.end()), t.type(), t.target(), t.label()));
            }
        }
        slack.sort(Comparator.comparingInt(SlackToken::start));
        return new MarkdownLinks.Analysis(new MarkdownLinks.Scan(out, List.copyOf(links), List.copyOf(slack)), true,
                List.copyOf(m.foundTaken()));
    }

    /**
     * Reads the element now at [start, end) of the new text as the scan would: a simple link at a
     * {@code [}, a token or autolink at a {@code <}, or plain text (a bare URL, or a token written
     * as a name). False when it is not exactly one element of that extent, or holds another
     * {@code <} or {@code [}.
     */
    private static boolean readAgain(MarkdownLinks m, String out, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            char c = out.charAt(i);
            if (c == '<' || c == '[') {
                return false;
            }
        }
        char first = out.charAt(start);
        if (first == '[') {
            boolean image = start > 0 && out.charAt(start - 1) == '!' && !MarkdownLines.escaped(out, start - 1);
            return !image && !MarkdownLines.escaped(out, start) && m.simpleLinkAt(start) == end;
        }
        if (first == '<') {
            if (!MarkdownLines.escaped(out, start) && !MarkdownLinks.settledLt(out, start)) {
                return false;
            }
            int found = m.foundTaken().size();
            m.slackAt(start, true);
            // a token or an autolink of exactly this extent, with no bracket the scan would skip
            return m.foundTaken().size() == found + 1 && m.foundTaken().get(found)[1] == end
                    && out.substring(start, end).indexOf(']') < 0;
        }
        return true;
    }

    /** Text a replacement may bring or take away: no sign a settled scan looks at beyond links, no escape, no line break, no space at its ends. */
    private static boolean plain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '`' || c == '\t' || c == '~' || c == '\\' || c == '\n' || c == '\r') {
                return false;
            }
        }
        // a space at an end could make four in a row; a ! at the end an image of a link after it
        return from == to || s.charAt(from) != ' ' && s.charAt(to - 1) != ' ' && s.charAt(to - 1) != '!';
    }

    private static boolean fourSpaces(String out, int from, int to) {
        int run = 0;
        for (int i = Math.max(0, from); i < Math.min(out.length(), to); i++) {
            run = out.charAt(i) == ' ' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** The ranges of the links and tokens, each once, in order. */
    private static List<int[]> elements(MarkdownLinks.Analysis a) {
        List<int[]> out = new ArrayList<>();
        for (LinkRef l : a.scan().links()) {
            out.add(new int[] {l.start(), l.end()});
        }
        for (SlackToken t : a.scan().slack()) {
            out.add(new int[] {t.start(), t.end()});
        }
        out.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> distinct = new ArrayList<>();
        for (int[] r : out) {
            if (!distinct.isEmpty()) {
                int[] last = distinct.get(distinct.size() - 1);
                if (last[0] == r[0] && last[1] == r[1]) {
                    continue;
                }
                if (r[0] < last[1]) {
                    return List.of(); // elements that overlap: nothing is moved
                }
            }
            distinct.add(r);
        }
        return distinct;
    }

    private static int[] holding(List<int[]> elements, int start, int end) {
        for (int[] e : elements) {
            if (e[0] <= start && end <= e[1] && start < e[1]) {
                return e;
            }
        }
        return null;
    }

    private static boolean isTouched(List<int[]> touched, int start, int end) {
        for (int[] e : touched) {
            if (start < e[1] && e[0] < end || start == e[0] && end == e[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(List<int[]> regions, int start, int end) {
        for (int[] r : regions) {
            if (r[0] <= start && end <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Where an index of the old text is in the new one: after the replacements that end at or before it. */
    private static int shift(List<LinkFixes.Replacement> reps, int index) {
        int delta = 0;
        for (LinkFixes.Replacement r : reps) {
            if (r.end() <= index && r.start() < index || r.end() < index) {
                delta += r.with().length() - (r.end() - r.start());
            }
        }
        return index + delta;
    }

    private static LinkRef moved(LinkRef l, List<LinkFixes.Replacement> reps) {
        return new LinkRef(l.form(), shift(reps, l.start()), shift(reps, l.end()), shift(reps, l.urlStart()),
                shift(reps, l.urlEnd()), l.textStart() < 0 ? -1 : shift(reps, l.textStart()),
                l.textEnd() < 0 ? -1 : shift(reps, l.textEnd()), l.href(), l.shown());
    }
}
