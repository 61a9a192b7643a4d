package dev.archivist.check.names;

/**
 * What the names check concludes about one spelling posted on a page: the person it belongs to,
 * the name to use instead, and whether the site has already decided it.
 *
 * @param owner the cluster of the person (which may not hold the spelling itself when it was
 *              tied by a weak link such as a first name alone)
 * @param author the person is one of the page's authors
 * @param confirmed the alias file or a {@code _people} title decides it: {@code fix --kinds names} applies it
 * @param how how the spelling was tied to the person when fingerprints did not ("a first name alone"), else null
 * @param who for an author, how to name them ("the author Serg Masis (_people/sergmasis.md)"), else null
 */
public record NameVerdict(String spelling, String canonical, NameCluster owner, boolean author, boolean confirmed,
        String how, String who) {
}
