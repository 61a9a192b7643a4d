package dev.archivist.model;

import java.util.Objects;

/**
 * A scalar: its value as text, its resolved tag and the style it was written in.
 *
 * <p>Tags are short names for the YAML 1.1 types ({@code str int float bool null timestamp merge
 * value binary}), a local tag as written ({@code !foo}) or a full tag URI. Timestamps and numbers
 * keep their text. A null style means "write in the house style".
 *
 * @param explicitTag the tag was written in the source ({@code !!str 123}, {@code !!int "5"},
 *                    {@code !foo x}) rather than resolved from a plain scalar's text
 */
public record YScalar(String value, String tag, ScalarStyle style, Span span, boolean explicitTag) implements YNode {

    public static final String STR = "str";
    public static final String NULL = "null";

    public YScalar {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tag, "tag");
    }

    /** A scalar whose tag is the one its text resolves to (or the only one its style allows). */
    public YScalar(String value, String tag, ScalarStyle style, Span span) {
        this(value, tag, style, span, false);
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
        return new YScalar(value, tag, null, null, explicitTag);
    }

    @Override
    public YScalar detached() {
        return span == null ? this : new YScalar(value, tag, style, null, explicitTag);
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
