package dev.archivist.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping, keeping the order of its entries as written.
 *
 * @param tag its explicit tag ({@code set}, {@code !foo}, a tag URI), or null for a plain mapping
 */
public record YMapping(List<YEntry> entries, boolean flow, Span span, String tag) implements YNode {

    public YMapping {
        entries = List.copyOf(entries);
    }

    /** A mapping without an explicit tag. */
    public YMapping(List<YEntry> entries, boolean flow, Span span) {
        this(entries, flow, span, null);
    }

    public static YMapping of(List<YEntry> entries) {
        return new YMapping(entries, false, null);
    }

    public Optional<YNode> get(String key) {
        for (YEntry e : entries) {
            if (e.name().equals(key)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** The string value of a scalar entry, or null when absent or not a scalar. */
    public String text(String key) {
        return get(key).filter(YScalar.class::isInstance).map(n -> ((YScalar) n))
                .filter(s -> !s.isNull()).map(YScalar::value).orElse(null);
    }

    public int indexOf(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with the key set to the value: replaced in place, or appended at the end. */
    public YMapping with(String key, YNode value) {
        List<YEntry> copy = new ArrayList<>(entries);
        int i = indexOf(key);
        if (i >= 0) {
            copy.set(i, copy.get(i).withValue(value));
        } else {
            copy.add(new YEntry(YScalar.str(key), value));
        }
        return withEntries(copy);
    }

    public YMapping without(String key) {
        List<YEntry> copy = new ArrayList<>(entries);
        copy.removeIf(e -> e.name().equals(key));
        return withEntries(copy);
    }

    /** The same mapping (style and tag) with other entries, made by an edit (no span). */
    public YMapping withEntries(List<YEntry> newEntries) {
        return new YMapping(newEntries, flow, null, tag);
    }

    @Override
    public YMapping detached() {
        return span == null ? this : new YMapping(entries, flow, null, tag);
    }

    @Override
    public Object toData() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (YEntry e : entries) {
            map.put(e.name(), e.value().toData());
        }
        return map;
    }
}
