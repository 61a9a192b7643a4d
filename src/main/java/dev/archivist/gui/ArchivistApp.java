package dev.archivist.gui;

import dev.archivist.gui.common.UiTiming;
import dev.archivist.gui.files.Preload;
import dev.archivist.gui.main.AppPrefs;
import dev.archivist.gui.main.MainView;
import dev.archivist.gui.main.MainViewModel;
import dev.archivist.gui.main.Themes;
import dev.archivist.gui.task.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop editor's entry point: {@code Main} calls {@link #start(String[])} by reflection. */
public final class ArchivistApp extends Application {

    /** Launches the editor, opening the file given as first argument. Returns when the window closes. */
    public static void start(String[] args) {
        if (args.length > 0 && java.nio.file.Files.isRegularFile(Path.of(args[0]))) {
            Preload.start(Path.of(args[0]));
        }
        Application.launch(ArchivistApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UiTiming.mark("toolkit started");
        AppPrefs prefs = AppPrefs.user();
        Themes.apply(prefs.flag("theme.dark", false));
        UiTiming.mark("theme");
        MainViewModel vm = new MainViewModel(new FxTaskRunner(), prefs);
        UiTiming.mark("view models");
        // opening first: its result arrives on the FX thread after the window is built
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            Path first = Path.of(args.get(0));
            if (java.nio.file.Files.isDirectory(first)) {
                vm.openFolder(first);
            } else {
                vm.files().open(first);
            }
        } else {
            vm.offerRecovered();
        }
        MainView view = new MainView(vm, stage);
        UiTiming.mark("views");
        view.show();
    }
}
