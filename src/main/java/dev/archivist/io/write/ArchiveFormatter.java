package dev.archivist.io.write;

import dev.archivist.io.read.DocumentHead;
import dev.archivist.io.read.FrontMatterSplit;
import dev.archivist.model.ArchiveDocument;
import java.util.Optional;

/** Compares a page with its house-style form, line by line. */
public final class ArchiveFormatter {

    /** The first line that formatting would change: its 1-based number, the line now and after. */
    public record LineChange(int line, String before, String after) {
    }

    private ArchiveFormatter() {
    }

    /** The house-style text of the document (not verified; see {@code PageWriter.formatted}). */
    public static String format(ArchiveDocument doc, int width) {
        return YamlPatcher.format(doc, doc.root(), doc.body(), width);
    }

    public static Optional<LineChange> firstDifference(ArchiveDocument doc, int width) {
        String text = doc.text();
        int head = DocumentHead.end(text, doc.frontMatterStart(), doc.frontMatterEnd(), doc.root());
        HouseStyleWriter w = new HouseStyleWriter(text, doc.source().lineSeparator(), width).comparingWith(text, head);
        String formatted;
        try {
            String fm = w.writeRoot(doc.root(), head, doc.frontMatterEnd());
            formatted = text.substring(0, head) + fm + text.substring(doc.frontMatterEnd());
        } catch (HouseStyleWriter.Differs e) {
            formatted = text.substring(0, head) + w.written();
        }
        if (formatted.equals(text)) {
            return Optional.empty();
        }
        int i = 0;
        int n = Math.min(formatted.length(), text.length());
        while (i < n && formatted.charAt(i) == text.charAt(i)) {
            i++;
        }
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int line = doc.line(lineStart);
        return Optional.of(new LineChange(line, lineAt(text, lineStart), lineAt(formatted, lineStart)));
    }

    private static String lineAt(String s, int start) {
        int end = FrontMatterSplit.lineEnd(s, Math.min(start, s.length()));
        return s.substring(Math.min(start, s.length()), end);
    }
}
