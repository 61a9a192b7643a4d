package dev.archivist.gui.files;

import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.editor.EditorState;
import dev.archivist.io.AtomicSave;
import dev.archivist.io.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an editor state to disk, off the FX thread: patch against the base, verify, atomic save. */
public final class Saver {

    /** The file on disk is not what the editor last read or saved: offer a reload. */
    public static final class ChangedOnDisk extends Exception {
        public ChangedOnDisk(Path file) {
            super(file.getFileName() + " changed on disk since it was opened. Your edits are kept: reload it to "
                    + "see the other changes (yours are lost), or use Save As to keep both.");
        }
    }

    /** What to save and where; captured on the FX thread, used on a background one. */
    public record Request(ArchiveDocument base, EditorState state, String diskText, Path target, boolean sameFile) {

        public static Request save(EditorModel editor) {
            return new Request(editor.base(), editor.state(), editor.diskText(), editor.path(), true);
        }

        public static Request saveAs(EditorModel editor, Path target) {
            Path current = editor.path() == null ? null : editor.path().toAbsolutePath().normalize();
            boolean same = target.toAbsolutePath().normalize().equals(current);
            return new Request(editor.base(), editor.state(), editor.diskText(), target, same);
        }
    }

    private Saver() {
    }

    /**
     * Writes the request's state and returns the text written.
     *
     * @throws ChangedOnDisk when the target is the open file and it changed on disk
     * @throws WriteRefused when the text would not read back as intended or the file cannot be replaced
     */
    public static String save(Request r) throws ChangedOnDisk, WriteRefused {
        String text = EditorModel.textToWrite(r.base(), r.state());
        String expected = r.sameFile() ? r.diskText() : null;
        if (expected != null && AtomicSave.changedOnDisk(r.target(), expected)) {
            throw new ChangedOnDisk(r.target());
        }
        if (r.sameFile() && text.equals(r.diskText()) && Files.exists(r.target())) {
            return text;
        }
        AtomicSave.save(r.base(), expected, text, r.target());
        return text;
    }
}
