package dev.archivist.model;

import java.lang.ref.WeakReference;

/**
 * Facts about a whole text that several readers of a large page would otherwise each find with
 * a scan of their own: the split, the parser, the line index and the patcher all ask whether a
 * 14 MB text holds a carriage return. Texts are matched by identity, as in {@link LineIndexCache}.
 */
public final class TextFacts {
    /** Below this length a scan costs less than a lookup. */
    private static final int CACHED_FROM = 1 << 16;
    private static final int SLOTS = 4;
    @SuppressWarnings("unchecked")
    private static final WeakReference<String>[] TEXTS = new WeakReference[SLOTS];
    private static final boolean[] HAS_CR = new boolean[SLOTS];
    private static int next;

    private TextFacts() {
    }

    /** True when the text holds a carriage return anywhere. */
    public static boolean hasCarriageReturn(String text) {
        if (text.length() < CACHED_FROM) {
            return text.indexOf('\r') >= 0;
        }
        synchronized (TEXTS) {
            for (int i = 0; i < SLOTS; i++) {
                if (TEXTS[i] != null && TEXTS[i].get() == text) {
                    return HAS_CR[i];
                }
            }
        }
        boolean found = text.indexOf('\r') >= 0;
        keep(text, found);
        return found;
    }

    /**
     * Records whether a text holds a CR, for a reader that already knows it (the decoder, which
     * saw every byte of the text it made), so that nobody scans the text for it again.
     */
    public static void remember(String text, boolean hasCarriageReturn) {
        if (text.length() >= CACHED_FROM) {
            keep(text, hasCarriageReturn);
        }
    }

    private static void keep(String text, boolean hasCarriageReturn) {
        synchronized (TEXTS) {
            TEXTS[next] = new WeakReference<>(text);
            HAS_CR[next] = hasCarriageReturn;
            next = (next + 1) % SLOTS;
        }
    }
}
