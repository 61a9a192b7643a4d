package dev.archivist.check;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import dev.archivist.site.SiteSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What a check looks at: the page's current tree, the document it was read from (for line
 * numbers) and the site around it (null when the page is outside any site).
 *
 * @param root the tree to check: the document's own, or the editor's edited copy
 * @param wanted the kinds the caller will use
 * @param markdown the Markdown analyses of the texts the checks looked at ({@link #markdown(String)})
 */
public record CheckContext(ArchiveDocument document, YMapping root, Site site, Predicate<Kind> wanted,
                           Map<String, MarkdownText> markdown) {

    /** A context whose texts are analysed afresh. */
    public CheckContext(ArchiveDocument document, YMapping root, Site site, Predicate<Kind> wanted) {
        this(document, root, site, wanted, new ConcurrentHashMap<>());
    }

    /** A context for the kinds the site reports when none is named ({@link #reported(Site)}). */
    public CheckContext(ArchiveDocument document, YMapping root, Site site) {
        this(document, root, site, reported(site));
    }

    /**
     * The kinds reported on a site's pages when nobody names any: all but those its settings
     * skip, and {@code format.style} only when they ask for the house style (never outside a site).
     */
    public static Predicate<Kind> reported(Site site) {
        return (site == null ? SiteSettings.DEFAULTS : site.settings()).reported();
    }

    public static CheckContext of(ArchiveDocument document, Site site) {
        return new CheckContext(document, document.root(), site);
    }

    /**
     * False for a kind nobody will look at (the fix engine asks only for the kinds it applies,
     * {@code check} for those named or the site's): a check may then skip finding it. Checks may
     * still report it; {@link Checks#run} and the fix engine filter.
     */
    public boolean wants(Kind kind) {
        return wanted.test(kind);
    }

    /** What the page is (book, episode, person, another collection's page): which checks apply. */
    public PageKind kind() {
        return PageKind.of(document.path(), root);
    }

    /**
     * The Markdown analysis of a text, made once however many checks ask for it (the encoding,
     * links and names checks all read the questions' and replies' texts).
     */
    public MarkdownText markdown(String text) {
        return markdown.computeIfAbsent(text, MarkdownText::of);
    }

    /** 1-based line of the node at the path, when it still has a source span; else 0. */
    public int line(YamlPath path) {
        return path.find(root).filter(n -> n.span() != null).map(n -> document.line(n.span().start())).orElse(0);
    }

    /** 1-based column of the node at the path, when it still has a source span; else 0. */
    public int column(YamlPath path) {
        return path.find(root).filter(n -> n.span() != null).map(n -> document.column(n.span().start())).orElse(0);
    }

    /** 1-based line of a char offset in the document. */
    public int lineAt(int offset) {
        return document.line(offset);
    }

    /** 1-based column of a char offset in the document. */
    public int columnAt(int offset) {
        return document.column(offset);
    }
}
