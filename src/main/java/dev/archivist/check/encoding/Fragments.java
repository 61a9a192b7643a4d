package dev.archivist.check.encoding;

/** The part of a value a fix changes, with a little context, for showing before and after. */
final class Fragments {
    private static final int CONTEXT = 20;
    private static final int MAX_CHANGE = 60;

    /**
     * Where the first change of a fix is: [start, endBefore) in the value became
     * [start, endAfter) in the fixed text (both share the text before {@code start}).
     */
    record Change(int start, int endBefore, int endAfter) {
    }

    private Fragments() {
    }

    /** {before, after} around a change the detector already located (no comparison of the texts). */
    static String[] around(String before, String after, Change c) {
        int from = safeIndex(before, Math.max(0, c.start() - CONTEXT));
        return new String[] {excerpt(before, from, c.endBefore(), false), excerpt(after, from, c.endAfter(), false)};
    }

    /** {before, after}: the first changed stretch of the two texts with context around it. */
    static String[] of(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int from = safeIndex(before, Math.max(0, prefix - CONTEXT));
        int endBefore = before.length() - suffix;
        int endAfter = after.length() - suffix;
        boolean cut = endBefore - prefix > MAX_CHANGE || endAfter - prefix > MAX_CHANGE;
        if (cut) {
            endBefore = Math.min(endBefore, prefix + MAX_CHANGE);
            endAfter = Math.min(endAfter, prefix + MAX_CHANGE);
        }
        return new String[] {excerpt(before, from, endBefore, cut), excerpt(after, from, endAfter, cut)};
    }

    private static String excerpt(String s, int from, int changeEnd, boolean cut) {
        int to = safeIndex(s, Math.min(s.length(), changeEnd + (cut ? 0 : CONTEXT)));
        String head = from > 0 ? "…" : "";
        String tail = to < s.length() ? "…" : "";
        return head + s.substring(from, to) + tail;
    }

    /** Moves an index off the middle of a surrogate pair. */
    private static int safeIndex(String s, int i) {
        return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
    }
}
