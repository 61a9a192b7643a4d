package dev.archivist.check.encoding;

import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.SourceInfo;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Small pages and renderings for the encoding tests. */
final class Pages {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(false).build();

    private Pages() {
    }

    /** A page whose front matter is the given YAML. */
    static ArchiveDocument page(String yaml) {
        ArchiveDocument doc = ArchiveReader.parse(Path.of("20210719-test.md"), SourceInfo.UTF8_LF,
                "---\n" + yaml + "---\n\nbody\n");
        if (!doc.parsed()) {
            throw new IllegalArgumentException("test page does not parse: " + doc.error());
        }
        return doc;
    }

    /** A page with one thread whose text is {@code text} (written double-quoted with JSON-like escapes). */
    static ArchiveDocument thread(String text) {
        return page("archive:\n- name: Ann\n  text: " + quoted(text) + "\n  replies: []\n");
    }

    /** The problems of the encoding check on a page. */
    static List<Problem> check(ArchiveDocument doc) {
        return new EncodingCheck().check(CheckContext.of(doc, null));
    }

    /** The problems of one kind on a one-thread page. */
    static List<Problem> problems(String text, Kind kind) {
        return check(thread(text)).stream().filter(p -> p.kind() == kind).toList();
    }

    /** A text as the site shows it: {@code text | newline_to_br | markdownify}, raw HTML passed through. */
    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown.replace("\n", "<br />\n")));
    }

    /** The value a problem's fix leaves at its path. */
    static String fixed(ArchiveDocument doc, Problem p) {
        YNode root = p.fix().edit().apply(doc.root());
        return ((YScalar) p.path().find(root).orElseThrow()).value();
    }

    private static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
