package dev.archivist.model;

import java.util.Objects;

/** One key and its value in a mapping. */
public record YEntry(YScalar key, YNode value) {
    public YEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public String name() {
        return key.value();
    }

    public YEntry withValue(YNode newValue) {
        return new YEntry(key, newValue);
    }
}
