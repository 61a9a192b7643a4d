package dev.archivist.check;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What a check looks at: the page's current tree, the document it was read from (for line
 * numbers) and the site around it (null when the page is outside any site).
 *
 * @param root the tree to check: the document's own, or the editor's edited copy
 * @param wanted the kinds the caller will use
 * @param places false when the caller will not show the problems (the command line's {@code fix}
 *               only counts what it applied): their lines and columns are then 0, a large
 *               document's lines are never indexed, and a check may leave the before and after
 *               of a fix empty ({@link #previews})
 * @param markdown the Markdown analyses of the texts the checks looked at ({@link #markdown(String)})
 */
public record CheckContext(ArchiveDocument document, YMapping root, Site site, Predicate<Kind> wanted, boolean places,
                           Map<String, MarkdownText> markdown) {

    /** A context whose texts are analysed afresh. */
    public CheckContext(ArchiveDocument document, YMapping root, Site site, Predicate<Kind> wanted, boolean places) {
        this(document, root, site, wanted, places, new ConcurrentHashMap<>());
    }

    /** A context for every kind. */
    public CheckContext(ArchiveDocument document, YMapping root, Site site) {
        this(document, root, site, k -> true);
    }

    /** A context for the wanted kinds, with places. */
    public CheckContext(ArchiveDocument document, YMapping root, Site site, Predicate<Kind> wanted) {
        this(document, root, site, wanted, true);
    }

    /** The same context, for a caller that will not show where the problems are. */
    public CheckContext withoutPlaces() {
        return new CheckContext(document, root, site, wanted, false, markdown);
    }

    public static CheckContext of(ArchiveDocument document, Site site) {
        return new CheckContext(document, document.root(), site);
    }

    /**
     * False for a kind nobody will look at (the fix engine asks only for the kinds it applies): a
     * check may then skip finding it. Checks may still report it; callers filter.
     */
    public boolean wants(Kind kind) {
        return wanted.test(kind);
    }

    /**
     * False when nobody will see a fix's before and after, nor the problem's message: a check may
     * then leave them empty and skip cutting the fragments around each change. The fix's edit is
     * always there.
     */
    public boolean previews() {
        return places;
    }

    /**
     * The Markdown analysis of a text, made once however many checks ask for it (the encoding,
     * links and names checks all read the questions' and replies' texts).
     */
    public MarkdownText markdown(String text) {
        return markdown.computeIfAbsent(text, MarkdownText::of);
    }

    /** The same context with another tree (a text's analysis does not depend on the tree). */
    public CheckContext withRoot(YMapping other) {
        return new CheckContext(document, other, site, wanted, places, markdown);
    }

    /** 1-based line of the node at the path, when it still has a source span (and places are wanted); else 0. */
    public int line(YamlPath path) {
        return !places ? 0 : path.find(root).filter(n -> n.span() != null)
                .map(n -> document.line(n.span().start())).orElse(0);
    }

    /** 1-based column of the node at the path, when it still has a source span (and places are wanted); else 0. */
    public int column(YamlPath path) {
        return !places ? 0 : path.find(root).filter(n -> n.span() != null)
                .map(n -> document.column(n.span().start())).orElse(0);
    }

    /** 1-based line of a char offset in the document, or 0 when places are not wanted. */
    public int lineAt(int offset) {
        return places ? document.line(offset) : 0;
    }

    /** 1-based column of a char offset in the document, or 0 when places are not wanted. */
    public int columnAt(int offset) {
        return places ? document.column(offset) : 0;
    }
}
