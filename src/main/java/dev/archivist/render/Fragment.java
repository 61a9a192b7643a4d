package dev.archivist.render;

import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * A piece of the page's own markup around rendered Markdown: HTML written before and after its
 * children. Lets the threads of a whole range go through the renderer in one pass. The HTML
 * comes only from this package, built from escaped values, never from an archive.
 */
final class Fragment extends CustomBlock {

    private final String before;
    private final String after;

    Fragment(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** Renders fragments; registered on the one renderer of {@link SiteMarkdown}. */
    static NodeRenderer renderer(HtmlNodeRendererContext context) {
        return new NodeRenderer() {
            @Override
            public Set<Class<? extends Node>> getNodeTypes() {
                return Set.of(Fragment.class);
            }

            @Override
            public void render(Node node) {
                Fragment fragment = (Fragment) node;
                context.getWriter().raw(fragment.before);
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    context.render(child);
                }
                context.getWriter().raw(fragment.after);
            }
        };
    }

    /** Moves every child of a node to the end of this fragment. */
    Fragment adopt(Node parent) {
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            appendChild(child);
            child = next;
        }
        return this;
    }
}
