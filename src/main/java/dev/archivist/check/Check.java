package dev.archivist.check;

import dev.archivist.model.Problem;
import java.util.List;

/** One family of checks (encoding, links, names, format, content): pure, never mutates. */
public interface Check {

    /** The problems of one parsed page; must not be called for a page that did not parse. */
    List<Problem> check(CheckContext context);
}
