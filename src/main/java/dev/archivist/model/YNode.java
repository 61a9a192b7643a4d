package dev.archivist.model;

/**
 * A node of the front matter tree: immutable, with the source span it was read from.
 *
 * <p>A non-null span means "this node is exactly as it stands in the source text the tree was
 * read from"; nodes built or changed by edits have no span. The patcher relies on that to copy
 * untouched source verbatim.
 */
public sealed interface YNode permits YScalar, YMapping, YSequence {

    /** Where the node stands in the source text, or null for a node made by an edit. */
    Span span();

    /** The same content without a source span. */
    YNode detached();

    /** Plain Java data (String, List, LinkedHashMap) for comparison and display; tags are dropped. */
    Object toData();
}
