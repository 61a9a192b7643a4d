package dev.archivist.model;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/** Keeps one line index per text while the text is alive, so documents stay plain records. */
final class LineIndexCache {
    private static final Map<String, LineIndex> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private LineIndexCache() {
    }

    static LineIndex of(String text) {
        return CACHE.computeIfAbsent(text, LineIndex::new);
    }
}
