package dev.archivist.io;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.util.Optional;

/**
 * Turns an intended tree and body into the text to write, and proves it: the text is parsed
 * again and must mean exactly what was intended, or nothing is written.
 */
public final class ArchiveWriter {

    private ArchiveWriter() {
    }

    /** The patched text (only what changed moves), verified. */
    public static String patched(ArchiveDocument doc, YMapping intended, String body) throws WriteRefused {
        return PageWriter.prepare(doc, intended, body, false, 0).text();
    }

    /** The whole front matter in the house style, verified. */
    public static String formatted(ArchiveDocument doc, YMapping root, String body, int width) throws WriteRefused {
        String text = YamlPatcher.format(doc, root, body, width);
        verify(doc, text, root, body);
        return text;
    }

    /**
     * Parses the new text and compares it with what was intended.
     *
     * @throws WriteRefused naming the first place that would read back differently
     */
    public static void verify(ArchiveDocument original, String text, YMapping intended, String body) throws WriteRefused {
        verified(original, text, intended, body);
    }

    /**
     * The new text parsed, once it is proven to mean what was intended.
     *
     * @throws WriteRefused naming the first place that would read back differently
     */
    static ArchiveDocument verified(ArchiveDocument original, String text, YMapping intended, String body)
            throws WriteRefused {
        ArchiveDocument again = readBack(original, text);
        if (!again.parsed()) {
            throw new WriteRefused("the new text would not parse (" + again.error() + "); nothing was written");
        }
        if (!again.text().startsWith(DocumentHead.of(original), again.frontMatterStart())) {
            throw new WriteRefused("the new text would lose the directives or the document start line that open "
                    + "the front matter; nothing was written");
        }
        Optional<YamlPath> diff = Trees.firstDifference(intended, again.root(), YamlPath.ROOT);
        if (diff.isPresent()) {
            throw new WriteRefused("the new text would read back differently at '" + diff.get()
                    + "'; nothing was written");
        }
        if (!again.body().equals(body)) {
            throw new WriteRefused("the page body would read back differently; nothing was written");
        }
        return again;
    }

    /** The new text parsed, unless it holds a broken surrogate pair. */
    private static ArchiveDocument readBack(ArchiveDocument original, String text) throws WriteRefused {
        requireEncodable(encodable(text));
        return ArchiveReader.parse(original.path(), original.source(), text);
    }

    private static void requireEncodable(boolean encodable) throws WriteRefused {
        if (!encodable) {
            throw new WriteRefused("the text holds characters that cannot be saved as UTF-8 (a broken surrogate pair)");
        }
    }

    /** True when every surrogate is half of a pair, so the text can be saved as UTF-8 (nothing else can fail). */
    static boolean encodable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
