package dev.archivist.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the line indexes of the last few texts, so documents stay plain records. Texts are
 * matched by identity: comparing a 14 MB text with an equal copy on every lookup costs more than
 * indexing it, and an index holds its text, so a map keyed by the text would never let it go.
 */
final class LineIndexCache {
    private static final int SLOTS = 8;
    private static final List<Entry> ENTRIES = new ArrayList<>();
    /** The entry found last, read without the lock: checks on all cores ask for the same text's lines. */
    private static volatile Entry last;

    private record Entry(WeakReference<String> text, LineIndex index) {
    }

    private LineIndexCache() {
    }

    static LineIndex of(String text) {
        Entry e = last;
        return e != null && e.text().get() == text ? e.index() : find(text);
    }

    private static synchronized LineIndex find(String text) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            if (e.text().get() == text) {
                if (i > 0) {
                    ENTRIES.remove(i);
                    ENTRIES.add(0, e);
                }
                last = e;
                return e.index();
            }
        }
        LineIndex index = new LineIndex(text);
        Entry entry = new Entry(new WeakReference<>(text), index);
        ENTRIES.add(0, entry);
        last = entry;
        while (ENTRIES.size() > SLOTS) {
            ENTRIES.remove(ENTRIES.size() - 1);
        }
        return index;
    }
}
