package dev.archivist.gui.problems;

import dev.archivist.model.Kind;

/** A few words for each kind of problem, shown beside its id. */
public final class KindTitles {

    private KindTitles() {
    }

    public static String of(Kind kind) {
        return kind.title();
    }
}
