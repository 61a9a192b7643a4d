package dev.archivist.gui;

import dev.archivist.gui.main.AppPrefs;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.task.DirectTaskRunner;
import dev.archivist.io.save.AtomicSave;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The window's view models on the same-thread runner, with the stand-in checks and fresh preferences. */
public final class VmFixture {

    private VmFixture() {
    }

    public static MainViewModel main(Path tempDir) {
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, tempDir.resolve("backups").toString());
        Preferences node = Preferences.userRoot().node("dev/archivist/vm-test");
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // a node that cannot be cleared still works for one test
        }
        return new MainViewModel(new DirectTaskRunner(), new AppPrefs(node), TestChecks::all);
    }
}
