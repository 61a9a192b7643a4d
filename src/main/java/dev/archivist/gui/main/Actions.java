package dev.archivist.gui.main;

import dev.archivist.gui.common.Action;
import dev.archivist.gui.help.Help;
import dev.archivist.gui.problems.ProblemsView;
import dev.archivist.gui.site.SiteChangeDialog;
import dev.archivist.gui.threads.ThreadTreeView;
import dev.archivist.gui.threads.ThreadTreeViewModel;
import dev.archivist.gui.transcript.TranscriptTreeViewModel;
import dev.archivist.model.PageKind;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import org.controlsfx.glyphfont.FontAwesome.Glyph;

/** Every menu and toolbar action of the window, built in one place. */
final class Actions {
    final Action open;
    final Action openFolder;
    final Action save;
    final Action saveAs;
    final Action review;
    final Action revert;
    final Action quit;
    final Action undo;
    final Action redo;
    final Action find;
    final Action findReplace;
    final Action addThread;
    final Action addReply;
    final Action delete;
    final Action moveUp;
    final Action moveDown;
    final Action toThread;
    final Action toReply;
    final Action merge;
    final Action splitLine;
    final Action joinLine;
    final Action moveToSection;
    final Action parseAgain;
    final Action darkTheme;
    final Action monospace;
    final Action fix;
    final Action fixAll;
    final Action ignore;
    final Action nextProblem;
    final Action restoreIgnored;
    final Action checkLinks;
    final Action stopLinks;
    final Action closeFolder;
    final Action fixPages;
    final Action renameInPages;
    final Action replaceInPages;
    final Action undoPages;
    final Action shortcuts;
    final Action problemKinds;
    final Action about;

    Actions(MainViewModel vm, MainView view, ThreadTreeView threads, ProblemsView problems, Help help) {
        BooleanBinding noEditor = vm.noEditor();
        ThreadTreeViewModel t = vm.threads();
        ObservableBooleanValue unmodified = vm.modifiedProperty().not();
        open = Action.of("Open…", "Shortcut+O", Glyph.FOLDER_OPEN_ALT, view::openFile, null);
        openFolder = Action.of("Open Folder…", "Shortcut+Shift+O", Glyph.FOLDER_OPEN, view::openFolder, null);
        save = Action.of("Save", "Shortcut+S", Glyph.SAVE, () -> vm.files().save(null), unmodified);
        saveAs = Action.of("Save As…", "Shortcut+Shift+S", null, view::saveAs, noEditor);
        review = Action.of("Review Changes…", "Shortcut+D", Glyph.COLUMNS, view::review, noEditor);
        revert = Action.of("Revert to Saved", null, Glyph.HISTORY, view::revert,
                Bindings.createBooleanBinding(() -> vm.currentPath() == null, vm.editorProperty(), vm.brokenProperty()));
        quit = Action.of("Quit", "Shortcut+Q", null, view::quit, null);
        undo = Action.of("Undo", "Shortcut+Z", Glyph.UNDO, vm::undo, vm.canUndoProperty().not())
                .withText(Bindings.createStringBinding(() -> label("Undo", vm.undoLabelProperty().get()), vm.undoLabelProperty()));
        redo = Action.of("Redo", "Shortcut+Shift+Z", Glyph.REPEAT, vm::redo, vm.canRedoProperty().not())
                .withText(Bindings.createStringBinding(() -> label("Redo", vm.redoLabelProperty().get()), vm.redoLabelProperty()));
        find = Action.of("Find in Threads", "Shortcut+F", Glyph.SEARCH, threads::focusFilter, noEditor);
        findReplace = Action.of("Find and Replace…", "Shortcut+H", Glyph.EXCHANGE, view::findAndReplace, noEditor);
        // on an episode the same commands and shortcuts act on the transcript's sections and lines
        TranscriptTreeViewModel tr = vm.transcript();
        BooleanBinding episode = Bindings.createBooleanBinding(() -> vm.pageKindProperty().get() == PageKind.PODCAST,
                vm.pageKindProperty());
        addThread = Action.of("Add Thread", "Shortcut+Shift+N", Glyph.PLUS, either(episode, tr::addSection, t::addThread), noEditor)
                .withText(Bindings.when(episode).then("Add Section").otherwise("Add Thread"));
        addReply = Action.of("Add Reply", "Shortcut+Shift+R", Glyph.REPLY, either(episode, tr::addLine, t::addReply),
                Bindings.when(episode).then(noEditor).otherwise(t.hasSelection().not()))
                .withText(Bindings.when(episode).then("Add Line").otherwise("Add Reply"));
        delete = Action.of("Delete Message", null, Glyph.TRASH_ALT, either(episode, tr::delete, t::delete),
                Bindings.when(episode).then(tr.hasSelection().not()).otherwise(t.hasSelection().not()))
                .withText(Bindings.when(episode).then("Delete Line or Section").otherwise("Delete Message"));
        moveUp = Action.of("Move Up", "Alt+Up", Glyph.ARROW_UP, either(episode, tr::moveUp, t::moveUp),
                Bindings.when(episode).then(tr.canShift(-1).not()).otherwise(t.canShift(-1).not()));
        moveDown = Action.of("Move Down", "Alt+Down", Glyph.ARROW_DOWN, either(episode, tr::moveDown, t::moveDown),
                Bindings.when(episode).then(tr.canShift(1).not()).otherwise(t.canShift(1).not()));
        toThread = Action.of("Turn Reply into Thread", null, Glyph.LEVEL_UP, t::toThread, t.oneReply().not())
                .shownWhen(episode.not());
        toReply = Action.of("Turn Thread into Reply", null, Glyph.LEVEL_DOWN, t::toReply, t.canBecomeReply().not())
                .shownWhen(episode.not());
        merge = Action.of("Merge Selected Threads", null, Glyph.COMPRESS, t::merge, t.canMerge().not())
                .shownWhen(episode.not());
        BooleanBinding noLine = episode.not().or(tr.lineSelected().not());
        splitLine = Action.of("Split Line at Caret", "Shortcut+Shift+ENTER", Glyph.CUT, view::splitLine, noLine)
                .shownWhen(episode);
        joinLine = Action.of("Join with Line Before", "Shortcut+J", Glyph.COMPRESS, tr::join, episode.not().or(tr.canJoin().not()))
                .shownWhen(episode);
        moveToSection = Action.of("Move Line to Section…", "Shortcut+M", Glyph.SIGN_IN, view::moveLineToSection, noLine)
                .shownWhen(episode);
        parseAgain = Action.of("Parse Again", "Shortcut+R", Glyph.REFRESH, vm.files()::parseAgain, vm.brokenProperty().isNull());
        darkTheme = Action.of("Toggle Dark Theme", "Shortcut+Shift+T", Glyph.ADJUST, view::toggleTheme, null);
        monospace = Action.of("Monospace Message Text", "Shortcut+Shift+M", Glyph.FONT,
                () -> vm.message().monospaceProperty().set(!vm.message().monospaceProperty().get()), null);
        var noProblem = vm.problems().selectedProperty().isNull();
        fix = Action.of("Fix Selected Problem", "Shortcut+PERIOD", Glyph.MAGIC, problems::fixSelected, noProblem);
        fixAll = Action.of("Fix All of This Kind", "Shortcut+Shift+PERIOD", null, problems::fixAllOfSelectedKind,
                problems.kindSelected());
        ignore = Action.of("Ignore Selected Problem", null, Glyph.EYE_SLASH, problems::ignoreSelected, noProblem);
        nextProblem = Action.of("Next Problem", "F8", Glyph.CHEVRON_DOWN, view::nextProblem, noEditor);
        restoreIgnored = Action.of("Show Ignored Problems Again", null, null, vm.problems()::restoreIgnored, noEditor);
        checkLinks = Action.of("Check Links Online", null, Glyph.GLOBE, vm.problems()::checkLinksOnline, noEditor);
        stopLinks = Action.of("Stop Checking Links", null, Glyph.STOP, vm.problems()::stopCheckingLinks,
                vm.problems().linkCheckRunningProperty().not());
        closeFolder = Action.of("Close Folder", null, null, vm.folder()::close, vm.folder().folderProperty().isNull());
        var noFolder = vm.folder().folderProperty().isNull();
        fixPages = Action.of("Fix Problems in Pages…", null, Glyph.MAGIC,
                () -> view.changeAcrossPages(SiteChangeDialog.Kind.FIX), noFolder);
        renameInPages = Action.of("Rename Person in Pages…", null, Glyph.USER,
                () -> view.changeAcrossPages(SiteChangeDialog.Kind.RENAME), noFolder);
        replaceInPages = Action.of("Find and Replace in Pages…", "Shortcut+Shift+H", Glyph.EXCHANGE,
                () -> view.changeAcrossPages(SiteChangeDialog.Kind.REPLACE), noFolder);
        undoPages = Action.of("Undo Last Change to Pages", null, Glyph.UNDO, vm.siteChange()::undoLast,
                vm.siteChange().lastAppliedProperty().isNull())
                .withText(Bindings.createStringBinding(() -> vm.siteChange().lastAppliedProperty().get() == null
                        ? "Undo Last Change to Pages" : "Undo " + vm.siteChange().lastAppliedProperty().get().label()
                        + " (" + vm.siteChange().lastAppliedProperty().get().written().size() + " pages)",
                        vm.siteChange().lastAppliedProperty()));
        shortcuts = Action.of("Keyboard Shortcuts", "F1", Glyph.KEYBOARD_ALT, help::shortcuts, null);
        problemKinds = Action.of("Problem Kinds…", null, Glyph.QUESTION_CIRCLE, () -> help.kinds(problems.selectedKind()), null);
        about = Action.of("About Archivist…", null, Glyph.INFO_CIRCLE, help::about, null);
    }

    private static Runnable either(BooleanBinding episode, Runnable onEpisode, Runnable otherwise) {
        return () -> (episode.get() ? onEpisode : otherwise).run();
    }

    private static String label(String verb, String what) {
        return what.isEmpty() ? verb : verb + " " + what;
    }

    List<Action> fileMenu() {
        return List.of(open, openFolder, closeFolder, Action.SEPARATOR, save, saveAs, review, revert, Action.SEPARATOR, quit);
    }

    List<Action> siteMenu() {
        return List.of(fixPages, renameInPages, replaceInPages, Action.SEPARATOR, undoPages);
    }

    List<Action> editMenu() {
        return List.of(undo, redo, Action.SEPARATOR, find, findReplace);
    }

    List<Action> threadsMenu() {
        return List.of(addThread, addReply, delete, Action.SEPARATOR, moveUp, moveDown, Action.SEPARATOR,
                toThread, toReply, merge, splitLine, joinLine, moveToSection);
    }

    List<Action> problemsMenu() {
        return List.of(nextProblem, fix, fixAll, ignore, Action.SEPARATOR, checkLinks, stopLinks, Action.SEPARATOR,
                restoreIgnored);
    }

    List<Action> viewMenu() {
        return List.of(darkTheme, monospace);
    }

    List<Action> helpMenu() {
        return List.of(shortcuts, problemKinds, Action.SEPARATOR, about);
    }

    List<Action> toolbar() {
        return List.of(open, save, Action.SEPARATOR, undo, redo, Action.SEPARATOR, review);
    }
}
