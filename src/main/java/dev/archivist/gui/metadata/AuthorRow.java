package dev.archivist.gui.metadata;

/**
 * One entry of {@code authors:}: the id as written and the person's name from {@code _people}.
 *
 * @param name the person's display name, or null when the id is not a {@code _people} page
 */
public record AuthorRow(int index, String id, String name) {

    public boolean known() {
        return name != null;
    }
}
