package dev.archivist.check;

import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One family of checks (encoding, links, names, format, content): pure, never mutates. */
public interface Check {

    /** The problems of one parsed page; must not be called for a page that did not parse. */
    List<Problem> check(CheckContext context);

    /** The kinds this family can report, so a fix of other kinds can skip it. */
    default Set<Kind> kinds() {
        return EnumSet.allOf(Kind.class);
    }

    /**
     * True when the family looks at pages of this kind: the book's own checks (its threads,
     * authors, dates) say no to episodes, people and other collections' pages.
     */
    default boolean appliesTo(PageKind kind) {
        return true;
    }

    /** False for a family whose problems never carry a fix, which the fix engine then skips. */
    default boolean fixes() {
        return true;
    }
}
