package dev.archivist.render;

import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;

/** Rewrites a parsed Markdown tree into what the site shows, keeping only what is safe to show. */
final class SiteTree {

    private final List<SoftLineBreak> softBreaks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    private SiteTree() {
    }

    /**
     * Applies the site's rules to a tree in place.
     *
     * @param lineBreaks true for texts that went through {@code newline_to_br}
     */
    static void rewrite(Node document, Site site, boolean lineBreaks) {
        SiteTree tree = new SiteTree();
        tree.collect(document);
        if (lineBreaks) {
            tree.softBreaks.forEach(b -> replace(b, new HardLineBreak()));
        }
        tree.links.forEach(LinkPolicy::link);
        tree.images.forEach(i -> LinkPolicy.image(i, site));
        Typography.apply(document);
    }

    private void collect(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softLineBreak) {
                softBreaks.add(softLineBreak);
            }

            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }
        });
    }

    private static void replace(Node old, Node replacement) {
        old.insertBefore(replacement);
        old.unlink();
    }
}
