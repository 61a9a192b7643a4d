package dev.archivist.model;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one line index per text while the text is alive, so documents stay plain records.
 * Texts are keyed by identity: with equal keys, a second read of a 14 MB file would compare
 * both texts char by char on every lookup.
 */
final class LineIndexCache {
    private static final ReferenceQueue<String> GONE = new ReferenceQueue<>();
    private static final Map<Key, LineIndex> CACHE = new HashMap<>();

    private LineIndexCache() {
    }

    static synchronized LineIndex of(String text) {
        for (Reference<? extends String> r = GONE.poll(); r != null; r = GONE.poll()) {
            CACHE.remove(r);
        }
        LineIndex index = CACHE.get(new Key(text, null));
        if (index == null) {
            index = new LineIndex(text);
            CACHE.put(new Key(text, GONE), index);
        }
        return index;
    }

    /** A weak reference to a text, equal only to a reference to the same text object. */
    private static final class Key extends WeakReference<String> {
        private final int hash;

        Key(String text, ReferenceQueue<String> queue) {
            super(text, queue);
            hash = System.identityHashCode(text);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            String mine = get();
            return o instanceof Key k && mine != null && k.get() == mine;
        }
    }
}
