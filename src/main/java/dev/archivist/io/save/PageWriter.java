package dev.archivist.io.save;

import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.read.DocumentHead;
import dev.archivist.io.write.YamlPatcher;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Trees;
import dev.archivist.model.YMapping;
import dev.archivist.model.YamlPath;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way a page is written, for the editor and every command: the text is made (patched, or
 * formatted in the house style), parsed again and proven to mean what was intended, and only then
 * written over the file by {@link AtomicSave} (lock, changed-on-disk check, temporary file, backup,
 * atomic replace).
 */
public final class PageWriter {

    /**
     * A text ready to be written and the page it reads back as: the document a save leaves on
     * disk, whose spans later edits are made against.
     */
    public record Prepared(String text, ArchiveDocument document) {
    }

    private PageWriter() {
    }

    /**
     * The text of a tree whose spans point into {@code source}: only what changed moves, or, with
     * {@code reformat}, the whole front matter in the house style (folded past {@code width}; 0
     * never folds).
     *
     * @throws WriteRefused when the text would not read back as the tree and body
     */
    public static Prepared prepare(ArchiveDocument source, YMapping root, String body, boolean reformat, int width)
            throws WriteRefused {
        if (!reformat && root == source.root() && body.equals(source.body())) {
            return new Prepared(source.text(), source);
        }
        String text = reformat ? YamlPatcher.format(source, root, body, width) : patch(source, root, body);
        return new Prepared(text, verified(source, text, root, body));
    }

    private static String patch(ArchiveDocument source, YMapping root, String body) throws WriteRefused {
        try {
            return YamlPatcher.patch(source, root, body);
        } catch (RuntimeException e) {
            // a fault of ours, not of the page: the person is told so, the details go to the log
            System.getLogger(PageWriter.class.getName()).log(System.Logger.Level.ERROR, "patch failed", e);
            throw new WriteRefused("Archivist could not work out the new text of this page (a fault in "
                    + "Archivist, not in the page); nothing was written. Your edits are kept.", e);
        }
    }

    /**
     * Writes a prepared text over {@code target}, refusing when the file there no longer holds
     * {@code expectedOnDisk} (null: a new file, or a file the user chose to replace).
     *
     * @return the backup of the previous version, or null when there was none
     * @throws WriteRefused with a message that says what happened and what to do
     */
    public static Path write(Prepared prepared, String expectedOnDisk, Path target) throws WriteRefused {
        return AtomicSave.save(prepared.document(), expectedOnDisk, prepared.text(), target);
    }

    /** The patched text (only what changed moves), verified. */
    public static String patched(ArchiveDocument doc, YMapping intended, String body) throws WriteRefused {
        return prepare(doc, intended, body, false, 0).text();
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
