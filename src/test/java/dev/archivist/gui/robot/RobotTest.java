package dev.archivist.gui.robot;

import dev.archivist.check.Check;
import dev.archivist.gui.TestChecks;
import dev.archivist.gui.main.AppPrefs;
import dev.archivist.gui.main.MainView;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.main.Themes;
import dev.archivist.gui.task.FxTaskRunner;
import dev.archivist.io.save.AtomicSave;
import dev.archivist.io.save.Recovery;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor window on a TestFX stage, with its own preferences, backups and recovered edits in a temporary folder
 * and the stand-in checks, for the robot tests.
 */
abstract class RobotTest extends FxRobot {
    private static final String PREFS = "dev/archivist/robot-test";
    @TempDir
    Path dir;
    MainViewModel vm;
    MainView view;
    Stage stage;
    private Stage primary;

    /** Builds the window on the stage TestFX gives the test (call from @Start). */
    void startEditor(Stage stage) {
        startEditor(stage, TestChecks::all);
    }

    /** As {@link #startEditor(Stage)}, with the check families the problems list runs. */
    void startEditor(Stage primary, Supplier<List<Check>> checks) {
        // a window of its own: TestFX keeps one primary stage for every test, and the listeners a
        // window puts on its stage would keep each earlier test's editor and pages alive
        this.primary = primary;
        this.stage = new Stage();
        System.setProperty(AtomicSave.BACKUPS_PROPERTY, dir.resolve("backups").toString());
        System.setProperty(Recovery.PROPERTY, dir.resolve("recovery").toString());
        Preferences node = Preferences.userRoot().node(PREFS);
        clear(node);
        Themes.apply(false);
        vm = new MainViewModel(new FxTaskRunner(), new AppPrefs(node), checks);
        view = new MainView(vm, stage);
        stage.setWidth(1360);
        stage.setHeight(860);
        view.show();
    }

    @AfterEach
    void clearPrefs() {
        clear(Preferences.userRoot().node(PREFS));
    }

    /**
     * Closes the windows the test opened, so that no test keeps its pages alive for the next ones
     * (the tests share one JVM, and a later one opens 15 MB).
     */
    @AfterEach
    void closeWindows() {
        fx(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != primary) {
                    w.hide();
                }
            }
        });
        vm = null;
        view = null;
    }

    private static void clear(Preferences node) {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // a fresh node next time is enough
        }
    }

    /** Waits for the FX thread and the background work until the condition holds. */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits. */
    static void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
