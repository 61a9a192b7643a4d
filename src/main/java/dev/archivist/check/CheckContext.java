package dev.archivist.check;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;

/**
 * What a check looks at: the page's current tree, the document it was read from (for line
 * numbers) and the site around it (null when the page is outside any site).
 *
 * @param root the tree to check: the document's own, or the editor's edited copy
 */
public record CheckContext(ArchiveDocument document, YMapping root, Site site) {

    public static CheckContext of(ArchiveDocument document, Site site) {
        return new CheckContext(document, document.root(), site);
    }

    /** 1-based line of the node at the path, when it still has a source span; else 0. */
    public int line(YamlPath path) {
        return path.find(root).filter(n -> n.span() != null)
                .map(n -> document.line(n.span().start())).orElse(0);
    }

    /** 1-based column of the node at the path, when it still has a source span; else 0. */
    public int column(YamlPath path) {
        return path.find(root).filter(n -> n.span() != null)
                .map(n -> document.column(n.span().start())).orElse(0);
    }
}
