package dev.archivist.io;

import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.YMapping;
import java.nio.file.Path;

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
        return new Prepared(text, ArchiveWriter.verified(source, text, root, body));
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
}
