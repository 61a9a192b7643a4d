package dev.archivist.render;

import dev.archivist.site.Site;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML fragments the way the site's kramdown shows them, with nothing live in
 * them: raw HTML is escaped, links and images follow {@link LinkPolicy}. One parser and one
 * renderer serve every text; both are safe to use from several threads at once.
 */
final class SiteMarkdown {

    // the site's kramdown GFM parser has tables and ~~two-tilde~~ strikethrough, and does not
    // link bare URLs, so commonmark's autolink extension is left out
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build());

    // no HTML blocks: raw HTML is parsed inline and escaped, so a tag at the start of a line
    // cannot swallow the Markdown of the lines after it
    private static final Set<Class<? extends Block>> BLOCKS = Set.of(Heading.class, FencedCodeBlock.class,
            IndentedCodeBlock.class, BlockQuote.class, ThematicBreak.class, ListBlock.class);

    private final Parser parser = Parser.builder()
            .enabledBlockTypes(BLOCKS)
            .extensions(EXTENSIONS)
            .customInlineContentParserFactory(new KramdownAutolinks())
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(LinkPolicy.sanitizer())
            .nodeRendererFactory(Fragment::renderer)
            .build();

    /** A thread or reply text as the site shows {@code text | newline_to_br | markdownify}. */
    String text(String markdown, Site site) {
        Fragment text = textTree(markdown, site, "", "");
        return text == null ? "" : render(text);
    }

    /**
     * A thread or reply text as a tree to render later with {@link #render(Node)}, wrapped in
     * the given HTML; null for an empty text.
     */
    Fragment textTree(String markdown, Site site, String before, String after) {
        if (markdown == null || markdown.isBlank()) {
            return null;
        }
        String plain = PlainText.render(markdown);
        if (plain != null) {
            return new Fragment(before + plain, after);
        }
        return new Fragment(before, after).adopt(parse(NewlineToBr.prepare(markdown), site, true));
    }

    /** A thread or reply text through the parser, whatever it holds. */
    String parsed(String markdown, Site site) {
        return render(parse(NewlineToBr.prepare(markdown), site, true));
    }

    /** The page's Markdown body as the site shows it ({@code markdownify} alone). */
    String body(String markdown, Site site) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return render(parse(markdown, site, false));
    }

    /** The HTML of a tree of fragments and parsed texts. */
    String render(Node tree) {
        String html = renderer.render(tree);
        return html.indexOf(NewlineToBr.HOLD) < 0 ? html : html.replace(String.valueOf(NewlineToBr.HOLD), "");
    }

    private Node parse(String markdown, Site site, boolean lineBreaks) {
        Node document = parser.parse(markdown);
        SiteTree.rewrite(document, site, lineBreaks);
        return document;
    }
}
