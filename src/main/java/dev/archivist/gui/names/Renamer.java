package dev.archivist.gui.names;

import dev.archivist.model.Edit;
import dev.archivist.model.YMapping;
import java.util.List;

/** One person's name changed everywhere in a page, as edits (names, authors, mentions in texts). */
@FunctionalInterface
public interface Renamer {

    List<Edit> rename(YMapping root, String from, String to);
}
