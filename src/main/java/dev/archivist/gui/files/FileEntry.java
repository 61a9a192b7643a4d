package dev.archivist.gui.files;

/** A row of the side list: a page, or a collection of the open site holding pages. */
public sealed interface FileEntry permits FileRow, FileGroup {
}
