package dev.archivist.gui.main;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The window's questions: unsaved edits, file and folder choosers. Kept out of the view models. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private final Window owner;
    private Path lastFolder;

    public Dialogs(Window owner, Path lastFolder) {
        this.owner = owner;
        this.lastFolder = lastFolder;
    }

    /**
     * Asks what to do with unsaved edits before {@code proceed}: save first, drop them, or stay.
     *
     * @param canSave false for a page open as text (it cannot be saved before it parses)
     */
    public Optional<ButtonType> askUnsaved(String name, String doing, boolean canSave) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(name + " has unsaved changes");
        alert.setContentText(canSave ? "Save them before " + doing + "? If you don't, they are lost."
                : "The page does not parse yet, so it cannot be saved. " + capital(doing) + " anyway and lose the repair?");
        alert.getButtonTypes().setAll(canSave ? new ButtonType[] {SAVE, DISCARD, ButtonType.CANCEL}
                : new ButtonType[] {DISCARD, ButtonType.CANCEL});
        return alert.showAndWait();
    }

    public boolean confirm(String header, String text, String yes) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ok, ButtonType.CANCEL);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /**
     * Asks which of the choices to take, in a list shown by {@code label}.
     *
     * @return the chosen one, or empty when the question was cancelled
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String header, String prompt, List<T> choices, Function<T, String> label) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(header);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        ComboBox<T> box = (ComboBox<T>) dialog.getDialogPane().lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : label.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }

    public Optional<Path> openFile() {
        FileChooser chooser = chooser("Open page");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(this::remember);
    }

    public Optional<Path> saveAs(Path current) {
        FileChooser chooser = chooser("Save page as");
        if (current != null) {
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(this::remember);
    }

    public Optional<Path> openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open folder of pages");
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(f -> {
            lastFolder = f.toPath();
            return f.toPath();
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown pages", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Path remember(File f) {
        lastFolder = f.toPath().getParent();
        return f.toPath();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
