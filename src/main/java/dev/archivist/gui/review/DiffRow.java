package dev.archivist.gui.review;

/**
 * One row of a diff, for either layout: unified rows use one side, side-by-side rows both.
 *
 * @param oldNo 1-based line on disk, 0 when the row has no old line
 * @param newNo 1-based line in the text to write, 0 when none
 */
public record DiffRow(Type type, int oldNo, String oldText, int newNo, String newText) {

    /** What a row shows. */
    public enum Type { SAME, REMOVED, ADDED, CHANGED, GAP }

    static DiffRow gap(int skipped) {
        return new DiffRow(Type.GAP, 0, "⋯ " + skipped + " unchanged line" + (skipped == 1 ? "" : "s"), 0, "");
    }
}
