package dev.archivist.io.read;

import dev.archivist.model.Span;
import dev.archivist.model.YMapping;

/**
 * The lines a front matter opens with, before its first entry, when they are more than comments:
 * {@code %YAML} and {@code %TAG} directives, the document start line ({@code --- # doc}), a tag of
 * the root. Format and the patcher keep them as written, and a save that would lose them is refused.
 */
public final class DocumentHead {

    private DocumentHead() {
    }

    /**
     * Where the head of the front matter [start, end) ends: the start of the first entry's line, or
     * {@code start} when only comments and blank lines come before it (or the tree has no spans).
     */
    public static int end(String text, int start, int end, YMapping root) {
        int first = firstContent(root, end);
        if (first < start) {
            return start;
        }
        int lineStart = first;
        while (lineStart > start && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        for (int pos = start; pos < lineStart; ) {
            int lineEnd = FrontMatterSplit.lineEnd(text, pos);
            String line = text.substring(pos, Math.min(lineEnd, lineStart)).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return lineStart;
            }
            pos = FrontMatterSplit.nextLine(text, lineEnd);
        }
        return start;
    }

    /** The text of the head of a parsed document's front matter (empty when it has none). */
    public static String of(dev.archivist.model.ArchiveDocument doc) {
        int start = doc.frontMatterStart();
        return doc.text().substring(start, end(doc.text(), start, doc.frontMatterEnd(), doc.root()));
    }

    /** Where the root's content starts: its first key, a flow mapping's brace, else the end; -1 without spans. */
    private static int firstContent(YMapping root, int end) {
        if (!root.entries().isEmpty()) {
            Span key = root.entries().get(0).key().span();
            return key == null ? -1 : key.start();
        }
        Span span = root.span();
        if (span == null) {
            return -1;
        }
        return span.end() > span.start() ? span.start() : end;
    }
}
