package dev.archivist.model;

import java.util.Objects;

/**
 * A scalar: its value as text, its resolved tag and the style it was written in.
 *
 * <p>Tags are short names for the YAML 1.1 types ({@code str int float bool null timestamp merge
 * value}) or the explicit tag as written ({@code !foo}). Timestamps and numbers keep their text.
 * A null style means "write in the house style".
 */
public record YScalar(String value, String tag, ScalarStyle style, Span span) implements YNode {

    public static final String STR = "str";
    public static final String NULL = "null";

    public YScalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tag, "tag");
    }

    /** A new string scalar written in the house style. */
    public static YScalar str(String value) {
        return new YScalar(value, STR, null, null);
    }

    /** A null value, written as nothing after the key. */
    public static YScalar nullValue() {
        return new YScalar("", NULL, ScalarStyle.PLAIN, null);
    }

    public boolean isString() {
        return STR.equals(tag);
    }

    public boolean isNull() {
        return NULL.equals(tag);
    }

    /** The same scalar with a new string value, keeping its style where the writer can. */
    public YScalar withValue(String newValue) {
        return new YScalar(newValue, STR, style, null);
    }

    /** The same value, to be rewritten in the house style. */
    public YScalar restyled() {
        return new YScalar(value, tag, null, null);
    }

    @Override
    public YScalar detached() {
        return span == null ? this : new YScalar(value, tag, style, null);
    }

    @Override
    public Object toData() {
        return isNull() ? null : value;
    }

    /** Same type and value, whatever the style. */
    public boolean sameData(YScalar other) {
        return value.equals(other.value) && tag.equals(other.tag);
    }
}
