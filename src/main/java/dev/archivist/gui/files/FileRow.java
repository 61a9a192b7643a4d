package dev.archivist.gui.files;

import java.nio.file.Path;

/**
 * A page of the open folder and what checking it found.
 *
 * @param group its collection ({@code _books}), {@link FileGroup#OUTSIDE} for a site's page in no
 *              collection, or null when the folder is not a site root (the list is flat)
 * @param name its path in the collection, or in the folder when there is none
 * @param problems -1 until it was checked
 * @param error why it could not be read or parsed, or null
 */
public record FileRow(Path path, String group, String name, int problems, String error) implements FileEntry {

    public FileRow withProblems(int count) {
        return new FileRow(path, group, name, count, null);
    }

    public FileRow withError(String why) {
        return new FileRow(path, group, name, -1, why);
    }
}
