package dev.archivist.model;

/**
 * Something wrong in a page: its kind, its place in the tree and in the file, a message for a
 * person, and a fix when there is one.
 *
 * @param line 1-based line in the file (0 when the problem is not tied to a place)
 * @param column 1-based column in the file
 * @param fix the fix, or null
 */
public record Problem(Kind kind, YamlPath path, int line, int column, String message, Fix fix) {

    public boolean safelyFixable() {
        return fix != null && fix.safe() && fix.edit() != null;
    }

    /** The place as the command line prints it: {@code archive[3].replies[1].text}. */
    public String where() {
        return path.toString();
    }
}
