package dev.archivist.cli;

import dev.archivist.edit.EditSession;
import dev.archivist.io.save.WriteRefused;

/**
 * How the commands that change pages save them: through the page's editing session, the one save
 * path of the editor and every command, and how they count the pages a save refused.
 */
final class PageSaves {

    private PageSaves() {
    }

    /**
     * Writes the session's present state over its file or, for a dry run, only makes and proves the
     * text; either way the session records it as saved.
     *
     * @throws WriteRefused with a reason a person understands; nothing was written
     */
    static EditSession.Saved save(EditSession session, boolean dryRun) throws WriteRefused {
        EditSession.SaveRequest request = session.saveRequest();
        EditSession.Saved saved = dryRun ? EditSession.dryRun(request) : EditSession.write(request);
        session.saved(saved);
        return saved;
    }

    /** What a summary adds for the pages whose save was refused ("; 2 files not written"), or "" for none. */
    static String notWritten(int files, boolean dryRun) {
        return files == 0 ? "" : "; " + refused(files, dryRun);
    }

    /** The pages whose save was refused, said in words: "1 file not written". */
    static String refused(int files, boolean dryRun) {
        return files + " file" + (files == 1 ? "" : "s") + (dryRun ? " could not be written" : " not written");
    }
}
