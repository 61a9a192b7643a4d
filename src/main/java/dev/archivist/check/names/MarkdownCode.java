package dev.archivist.check.names;

import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Where a Markdown text holds code, HTML or link destinations, from commonmark's source spans:
 * the places a rename must not reach.
 */
final class MarkdownCode {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownCode() {
    }

    static Ranges ranges(String text) {
        Guards guards = new Guards();
        PARSER.parse(text).accept(guards);
        return guards.out;
    }

    /** Collects the spans of code, HTML, images and link destinations. */
    private static final class Guards extends AbstractVisitor {
        private final Ranges out = new Ranges();

        @Override
        public void visit(Code code) {
            guard(code, out);
        }

        @Override
        public void visit(FencedCodeBlock block) {
            guard(block, out);
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            guard(block, out);
        }

        @Override
        public void visit(HtmlBlock block) {
            guard(block, out);
        }

        @Override
        public void visit(HtmlInline html) {
            guard(html, out);
        }

        @Override
        public void visit(Image image) {
            guard(image, out);
        }

        @Override
        public void visit(Link link) {
            destination(link, out);
            visitChildren(link);
        }
    }

    private static void guard(Node node, Ranges out) {
        for (SourceSpan s : node.getSourceSpans()) {
            out.add(s.getInputIndex(), s.getInputIndex() + s.getLength());
        }
    }

    /** A link's text may be renamed; what follows it, {@code (url "title")}, may not. */
    private static void destination(Link link, Ranges out) {
        List<SourceSpan> spans = link.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan last = spans.get(spans.size() - 1);
        int end = last.getInputIndex() + last.getLength();
        int from = spans.get(0).getInputIndex();
        Node child = link.getLastChild();
        if (child != null && !child.getSourceSpans().isEmpty()) {
            List<SourceSpan> cs = child.getSourceSpans();
            from = cs.get(cs.size() - 1).getInputIndex() + cs.get(cs.size() - 1).getLength();
        } else {
            guard(link, out);
        }
        out.add(from, end);
    }
}
