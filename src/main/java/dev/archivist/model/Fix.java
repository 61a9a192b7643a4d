package dev.archivist.model;

/**
 * A proposed correction: what the text shows now, what it would show, and the edit that does it.
 *
 * @param before the fragment as it is (for display)
 * @param after the fragment as it would be, or null when only a person can say
 * @param safe true when there is one right answer that keeps what the page means; only safe
 *             fixes are applied by {@code fix} without a person
 * @param edit the change to apply, or null when the fix is a suggestion only
 */
public record Fix(String before, String after, boolean safe, Edit edit) {

    public static Fix safe(String before, String after, Edit edit) {
        return new Fix(before, after, true, edit);
    }

    public static Fix suggestion(String before, String after, Edit edit) {
        return new Fix(before, after, false, edit);
    }
}
