package dev.archivist.gui.files;

import java.nio.file.Path;

/**
 * A page of the open folder and what checking it found.
 *
 * @param problems -1 until it was checked
 * @param error why it could not be read or parsed, or null
 */
public record FileRow(Path path, String name, int problems, String error) {

    public FileRow withProblems(int count) {
        return new FileRow(path, name, count, null);
    }
}
