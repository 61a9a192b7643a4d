package dev.archivist.gui.main;

import dev.archivist.gui.editor.EditorModel;
import dev.archivist.gui.review.ReviewViewModel;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.io.save.Recovery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Offers edits kept by a window that crashed or was killed: when their page opens (review,
 * restore as one undo step, or discard), and at start when no page was asked for.
 */
final class RecoveryOffers {
    static final String RESTORE = "Restore unsaved edits";
    private final MainViewModel main;
    private final RecoveryKeeper keeper;

    RecoveryOffers(MainViewModel main, RecoveryKeeper keeper) {
        this.main = main;
        this.keeper = keeper;
    }

    /** Looks in the background for edits kept for the page just opened, and offers them. */
    void check(EditorModel e) {
        Path path = e.path();
        String disk = e.diskText();
        if (path == null) {
            return;
        }
        main.runner().run(null, p -> keeper.store().read(path), found -> found.ifPresent(entry -> {
            if (e != main.editor()) {
                return;
            }
            if (entry.text().equals(disk)) {
                keeper.discard(path);
            } else {
                main.notify(offer(e, entry));
            }
        }), err -> { });
    }

    private Notice offer(EditorModel e, Recovery.Entry entry) {
        String name = e.path().getFileName().toString();
        String changed = entry.diskChanged(e.diskText())
                ? " The file has changed on disk since they were made: restoring them replaces those changes." : "";
        Notice[] notice = new Notice[1];
        notice[0] = Notice.warning("Unsaved edits of " + name + " from " + when(entry.kept()) + " were recovered." + changed,
                new Notice.Action("Review…", () -> {
                    main.notify(notice[0]);
                    main.showReview(new MainViewModel.ReviewRequest(ReviewViewModel.recovered(name, e.diskText(), entry.text(),
                            changed.isEmpty() ? null : "The file has changed on disk since.", main.runner()),
                            "Restore", () -> restore(e, entry)));
                }),
                new Notice.Action("Restore", () -> restore(e, entry)),
                new Notice.Action("Discard", () -> keeper.discard(entry.page())));
        return notice[0];
    }

    /** Puts the recovered text in the page as one undo step; Save then writes it. */
    void restore(EditorModel e, Recovery.Entry entry) {
        main.runner().run("Restoring unsaved edits…", p -> ArchiveReader.parse(e.path(), e.state().source().source(), entry.text()),
                doc -> {
                    if (e != main.editor()) {
                        return;
                    }
                    if (!doc.parsed()) {
                        main.notify(Notice.error("The recovered edits do not read as a page (" + doc.error()
                                + "); they are kept in " + keeper.store().fileOf(entry.page()) + "."));
                    } else if (e.run(s -> s.restore(RESTORE, doc))) {
                        main.notify(Notice.success("Unsaved edits restored: Save writes them, Undo takes them back."));
                    } else {
                        main.notify(Notice.info("The page already holds the recovered edits."));
                    }
                }, err -> main.notify(Notice.error("Cannot restore the edits: " + err.getMessage())));
    }

    /** At start with no page asked for: offers the page whose edits were kept last. */
    void offerAtStart() {
        main.runner().run(null, p -> keeper.store().all().stream().filter(x -> Files.isRegularFile(x.page())).toList(),
                this::offerAtStart, err -> { });
    }

    private void offerAtStart(List<Recovery.Entry> entries) {
        if (entries.isEmpty() || main.currentPath() != null) {
            return;
        }
        Recovery.Entry newest = entries.get(0);
        int others = entries.size() - 1;
        main.notify(new Notice(Notice.Level.WARNING, "Unsaved edits of " + newest.page().getFileName() + " from "
                + when(newest.kept()) + " were recovered" + (others == 0 ? "." : ", and of " + others
                + (others == 1 ? " other page." : " other pages.")),
                List.of(new Notice.Action("Open " + newest.page().getFileName(), () -> main.files().open(newest.page())))));
    }

    private static String when(Instant kept) {
        ZonedDateTime t = kept.atZone(ZoneId.systemDefault());
        String pattern = t.toLocalDate().equals(LocalDate.now()) ? "HH:mm" : "d MMM yyyy HH:mm";
        return t.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
    }
}
