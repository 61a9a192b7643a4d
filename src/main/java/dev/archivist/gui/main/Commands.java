package dev.archivist.gui.main;

import dev.archivist.edit.EditSession;
import dev.archivist.gui.common.UiTiming;
import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.files.Loaded;
import dev.archivist.gui.files.Preload;
import dev.archivist.gui.files.Saver;
import dev.archivist.gui.text.RawTextViewModel;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.WriteRefused;
import dev.archivist.model.ArchiveDocument;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file commands of the window: open, save, save as, revert, parse again, and noticing a
 * file changed on disk. All disk work runs through the task runner; failures keep every edit
 * and say what happened in the notice bar.
 */
public final class Commands {
    private final MainViewModel main;

    Commands(MainViewModel main) {
        this.main = main;
    }

    /** Opens a page (the caller has asked about unsaved edits). */
    public void open(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            main.notify(Notice.error("Cannot open " + file + ": no such file."));
            return;
        }
        main.dismissNotice();
        main.runner().run("Opening " + file.getFileName() + "…", p -> Preload.read(file),
                loaded -> opened(loaded),
                e -> main.notify(Notice.error("Cannot open " + file.getFileName() + ": " + e.getMessage())));
    }

    private void opened(Loaded loaded) {
        UiTiming.mark("document read");
        main.showLoaded(loaded, loaded.document().text());
        ArchiveDocument doc = loaded.document();
        UiTiming.mark("tree shown");
        if (main.editor() != null) {
            main.recoveryOffers().check(main.editor());
        }
        // a page that does not parse shows its error in the text view itself
        if (doc.parsed() && doc.source().detected()) {
            main.notify(Notice.warning(doc.path().getFileName() + " is not UTF-8; it was read as " + doc.source().charset()
                    + ". Saving writes UTF-8."));
        }
        // the page is checked with the defaults; the site's settings file needs repairing
        if (loaded.site() != null) {
            loaded.site().settings().error().ifPresent(e -> main.notify(Notice.error(e + " (checked with the defaults)")));
        }
    }

    /** Saves the page where it is; {@code then} runs after a successful save (closing, switching). */
    public void save(Runnable then) {
        saveAs(null, then);
    }

    /** Saves the page to {@code target} (null: where it is) in the background; every edit is kept when it fails. */
    public void saveAs(Path target, Runnable then) {
        EditorModel editor = main.editor();
        if (editor == null) {
            return;
        }
        EditSession.SaveRequest request = main.saveRequest(target);
        String name = request.target().getFileName().toString();
        main.runner().run("Saving " + name + "…", p -> Saver.save(request),
                saved -> {
                    // the state saved is the one captured; later typing stays modified
                    if (editor == main.editor()) {
                        editor.saved(saved);
                    }
                    main.notify(Notice.success("Saved " + name + "."));
                    if (then != null) {
                        then.run();
                    }
                },
                e -> failed(request, e));
    }

    private void failed(EditSession.SaveRequest request, Throwable e) {
        String name = request.target().getFileName().toString();
        if (e instanceof Saver.ChangedOnDisk) {
            main.notify(Notice.error(e.getMessage(),
                    new Notice.Action("Reload from disk", this::revert),
                    new Notice.Action("Save As…", () -> main.notify(Notice.info("Choose File ▸ Save As… to keep your version.")))));
        } else if (e instanceof WriteRefused) {
            main.notify(Notice.error("Not saved: " + e.getMessage() + ". Your edits are kept."));
        } else {
            // a fault of ours: the person is told so, not shown the exception
            System.getLogger(Commands.class.getName()).log(System.Logger.Level.ERROR, "save failed", e);
            main.notify(Notice.error("Not saved: " + name + " could not be written because of a fault in Archivist. "
                    + "Your edits are kept; try Save As."));
        }
    }

    /** Reads the file again from disk, dropping the edits (the caller has asked). */
    public void revert() {
        Path p = main.currentPath();
        if (p != null) {
            main.discardRecovery();
            open(p);
        }
    }

    /** Parses the repaired text of a page that did not parse; on success the page opens as a tree. */
    public void parseAgain() {
        RawTextViewModel raw = main.brokenProperty().get();
        if (raw == null) {
            return;
        }
        String text = raw.textProperty().get();
        main.runner().run("Parsing…", p -> raw.parse(text), doc -> {
            if (raw != main.brokenProperty().get()) {
                return;
            }
            if (doc.parsed()) {
                main.showLoaded(new Loaded(doc, raw.site()), raw.original().text());
                main.notify(Notice.success("The page parses now. Review the changes and save."));
            } else {
                raw.failed(doc.error());
                main.notify(Notice.error("Still does not parse: " + doc.error()));
            }
        }, e -> main.notify(Notice.error("Cannot parse: " + e)));
    }

    /**
     * Looks whether the open file changed on disk (the window got focus): an unmodified page is
     * reloaded, a modified one gets a notice offering the reload.
     */
    public void checkDisk() {
        EditorModel editor = main.editor();
        if (editor == null || editor.path() == null) {
            return;
        }
        Path path = editor.path();
        String expected = editor.diskText();
        main.runner().run(null, p -> Files.exists(path) && AtomicSave.changedOnDisk(path, expected), changed -> {
            if (!changed || editor != main.editor()) {
                return;
            }
            if (!editor.isModified()) {
                open(path);
                main.notify(Notice.info(path.getFileName() + " changed on disk and was reloaded."));
            } else {
                main.notify(Notice.warning(path.getFileName() + " changed on disk. Your edits are kept.",
                        new Notice.Action("Reload from disk (drop my edits)", this::revert)));
            }
        }, e -> { });
    }
}
