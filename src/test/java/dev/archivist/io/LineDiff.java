package dev.archivist.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

/**
 * Asserts that a new text differs from the old one only inside given line ranges of the old
 * text. Lines keep their line ending's {@code \r}, so a CRLF file written with LF fails.
 */
public final class LineDiff {

    /** Lines [from, to] of the old text, 1-based and inclusive; {@code to = from - 1} is the gap before line from. */
    public record Region(int from, int to) {
        public static Region lines(int from, int to) {
            return new Region(from, to);
        }

        /** The place between line {@code after} and the next one, where lines may be inserted. */
        public static Region gapAfter(int after) {
            return new Region(after + 1, after);
        }
    }

    private LineDiff() {
    }

    public static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    /** One region: exact, the lines before it and after it must be the same lines. */
    public static void assertChangedOnlyWithin(String before, String after, Region region, String what) {
        List<String> b = lines(before);
        List<String> a = lines(after);
        int prefix = region.from() - 1;
        int suffix = b.size() - region.to();
        if (a.size() < prefix + suffix) {
            fail(what + ": the new text lost lines outside lines " + region.from() + ".." + region.to());
        }
        for (int i = 0; i < prefix; i++) {
            if (!a.get(i).equals(b.get(i))) {
                fail(what + ": line " + (i + 1) + " changed outside lines " + region.from() + ".." + region.to()
                        + "\n  was: " + b.get(i) + "\n  now: " + a.get(i));
            }
        }
        for (int k = 1; k <= suffix; k++) {
            String was = b.get(b.size() - k);
            String now = a.get(a.size() - k);
            if (!was.equals(now)) {
                fail(what + ": line " + (b.size() - k + 1) + " changed outside lines " + region.from() + ".."
                        + region.to() + "\n  was: " + was + "\n  now: " + now);
            }
        }
    }

    /**
     * Several regions: the new text must be the old text's lines outside the regions, in order,
     * with anything in place of each region (each untouched run is found at its first place
     * after the previous one).
     */
    public static void assertChangedOnlyWithin(String before, String after, List<Region> regions, String what) {
        List<String> b = lines(before);
        List<String> a = lines(after);
        List<Region> sorted = regions.stream().sorted(java.util.Comparator.comparingInt(Region::from)).toList();
        List<List<String>> kept = new java.util.ArrayList<>();
        int from = 0;
        for (Region r : sorted) {
            if (r.from() - 1 < from) {
                throw new IllegalArgumentException("overlapping regions " + regions);
            }
            kept.add(b.subList(from, r.from() - 1));
            from = r.to();
        }
        kept.add(b.subList(from, b.size()));
        List<String> last = kept.get(kept.size() - 1);
        int end = a.size() - last.size();
        if (end < 0 || !a.subList(end, a.size()).equals(last) || !a.subList(0, Math.min(a.size(), kept.get(0).size())).equals(kept.get(0))) {
            fail(what + ": lines changed before or after " + regions + "\n" + firstDifference(b, a));
        }
        int pos = kept.get(0).size();
        for (int k = 1; k < kept.size() - 1; k++) {
            int at = java.util.Collections.indexOfSubList(a.subList(pos, Math.max(pos, end)), kept.get(k));
            if (at < 0) {
                fail(what + ": lines changed between " + regions + "; these lines are gone:\n  "
                        + String.join("\n  ", kept.get(k).subList(0, Math.min(5, kept.get(k).size()))));
            }
            pos += at + kept.get(k).size();
        }
        if (pos > end) {
            fail(what + ": lines changed near the end of " + regions);
        }
    }

    /** In a CRLF file every line the writer adds ends with CRLF too. */
    public static void assertLineEndings(String text, String lineSeparator, String what) {
        if (!lineSeparator.equals("\r\n")) {
            return;
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i == 0 || text.charAt(i - 1) != '\r') {
                fail(what + ": a line ends with LF alone in a CRLF file, at offset " + i);
            }
        }
    }

    private static String firstDifference(List<String> b, List<String> a) {
        int i = 0;
        while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
            i++;
        }
        return "  first difference at line " + (i + 1) + "\n  was: " + (i < b.size() ? b.get(i) : "(end)")
                + "\n  now: " + (i < a.size() ? a.get(i) : "(end)");
    }
}
