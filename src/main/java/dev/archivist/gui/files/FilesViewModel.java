package dev.archivist.gui.files;

import dev.archivist.gui.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open folder: its pages with their problem counts (at a site root, by collection), to move from page to page. */
public final class FilesViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private TaskRunner.Handle checking;

    public FilesViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ObservableList<FileRow> files() {
        return files;
    }

    /** The site's collections with their pages and counts, as the pages are now; none when the folder is not a site root. */
    public List<FileGroup> groups() {
        return FileGroup.of(files);
    }

    /** Lists the folder's pages, then checks them in the background. */
    public void open(Path dir, Runnable onError) {
        Path d = dir.toAbsolutePath().normalize();
        if (checking != null) {
            checking.cancel();
        }
        runner.run("Listing pages in " + d.getFileName() + "…", p -> FolderScan.pages(d), rows -> {
            folder.set(d);
            files.setAll(rows);
            checking = runner.run("Checking " + rows.size() + " pages…", p -> FolderScan.check(rows, p),
                    checked -> {
                        if (d.equals(folder.get())) {
                            files.setAll(checked);
                        }
                    }, e -> { });
        }, e -> onError.run());
    }

    public void close() {
        if (checking != null) {
            checking.cancel();
        }
        folder.set(null);
        files.clear();
    }

    /** Updates the count of one page (the open one was edited or saved). */
    public void updateCount(Path file, int problems) {
        if (file == null) {
            return;
        }
        Path f = file.toAbsolutePath().normalize();
        for (int i = 0; i < files.size(); i++) {
            FileRow r = files.get(i);
            if (r.path().equals(f) && r.problems() != problems) {
                files.set(i, r.withProblems(problems));
            }
        }
    }
}
