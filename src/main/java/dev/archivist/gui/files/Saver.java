package dev.archivist.gui.files;

import dev.archivist.edit.EditSession;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.WriteRefused;
import java.nio.file.Path;

/** Writes an editor state to disk off the FX thread, through the engine's one save path. */
public final class Saver {

    /** The file on disk is not what the editor last read or saved: offer a reload. */
    public static final class ChangedOnDisk extends Exception {
        public ChangedOnDisk(Path file) {
            super(file.getFileName() + " changed on disk since it was opened. Your edits are kept: reload it to "
                    + "see the other changes (yours are lost), or use Save As to keep both.");
        }
    }

    private Saver() {
    }

    /**
     * Writes the request and says what was written.
     *
     * @throws ChangedOnDisk when the target is the open file and it changed on disk
     * @throws WriteRefused when the text would not read back as intended or the file cannot be replaced
     */
    public static EditSession.Saved save(EditSession.SaveRequest r) throws ChangedOnDisk, WriteRefused {
        // asked first to offer a reload; the save itself checks again under its lock
        if (r.expectedOnDisk() != null && AtomicSave.changedOnDisk(r.target(), r.expectedOnDisk())) {
            throw new ChangedOnDisk(r.target());
        }
        return EditSession.write(r);
    }
}
