package dev.archivist.gui.site;

import dev.archivist.check.FixEngine;
import dev.archivist.check.names.Rename;
import dev.archivist.edit.EditSession;
import dev.archivist.edit.Replace;
import dev.archivist.edit.SiteChange;
import dev.archivist.gui.find.FindScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Asks what a site-wide change does and to which pages (every page, or one collection); the review follows. */
public final class SiteChangeDialog {
    /** The three changes made across pages. */
    public enum Kind { FIX, RENAME, REPLACE }

    private static final ButtonType REVIEW = new ButtonType("Review…", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;

    public SiteChangeDialog(Window owner) {
        this.owner = owner;
    }

    /**
     * @param scopes the pages by scope ("Every page (147)", "_books (49)"), the first chosen at first
     * @return the change to review, or empty when the user cancelled
     */
    public Optional<SiteChangeViewModel.Request> ask(Kind kind, Path folder, Map<String, List<Path>> scopes) {
        Dialog<SiteChangeViewModel.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(switch (kind) {
            case FIX -> "Fix problems in pages";
            case RENAME -> "Rename a person in pages";
            case REPLACE -> "Find and replace in pages";
        });
        dialog.setHeaderText(dialog.getTitle() + ": every page's change is shown for review before anything is written");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ComboBox<String> scope = new ComboBox<>();
        scope.getItems().setAll(scopes.keySet());
        scope.getSelectionModel().selectFirst();
        scope.setId("scopeBox");
        row(grid, 0, "Pages", scope);
        Map<String, TextField> fields = new LinkedHashMap<>();
        Map<String, CheckBox> flags = new LinkedHashMap<>();
        ComboBox<FindScope> in = new ComboBox<>();
        switch (kind) {
            case FIX -> row(grid, 1, "Kinds", field(fields, "kindsField", "empty: every safe kind; or encoding, links.tracking-params…"));
            case RENAME -> {
                row(grid, 1, "From", field(fields, "fromField", "the name as it is written now"));
                row(grid, 2, "To", field(fields, "toField", "the name to write instead"));
            }
            case REPLACE -> {
                row(grid, 1, "Find", field(fields, "findField", "text, or a regular expression"));
                row(grid, 2, "Replace", field(fields, "withField", "what each match becomes"));
                in.getItems().setAll(FindScope.values());
                in.getSelectionModel().selectFirst();
                row(grid, 3, "In", in);
                HBox boxes = new HBox(12, flag(flags, "Match case"), flag(flags, "Whole word"), flag(flags, "Regular expression"));
                row(grid, 4, "", boxes);
            }
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, REVIEW);
        Node review = dialog.getDialogPane().lookupButton(REVIEW);
        if (kind == Kind.REPLACE) {
            // a pattern that does not read is said here, not once per page in the review
            Label why = new Label();
            why.getStyleClass().add("field-error");
            why.setWrapText(true);
            row(grid, 5, "", why);
            Runnable check = () -> why.setText(queryError(fields.get("findField").getText(),
                    flags.get("Regular expression").isSelected()));
            fields.get("findField").textProperty().addListener(o -> check.run());
            flags.get("Regular expression").selectedProperty().addListener(o -> check.run());
            review.disableProperty().bind(fields.get("findField").textProperty().isEmpty().or(why.textProperty().isNotEmpty()));
        } else if (kind == Kind.RENAME) {
            review.disableProperty().bind(fields.get("fromField").textProperty().isEmpty()
                    .or(fields.get("toField").textProperty().isEmpty()));
        }
        // the keyboard starts in the first field to fill (the kinds, the name, the text to find)
        TextField firstField = fields.values().iterator().next();
        dialog.setOnShown(e -> javafx.application.Platform.runLater(firstField::requestFocus));
        dialog.setResultConverter(b -> b != REVIEW ? null : new SiteChangeViewModel.Request(
                label(kind, fields), folder, scopes.get(scope.getValue()), change(kind, fields, flags, in.getValue())));
        return dialog.showAndWait();
    }

    private static String queryError(String find, boolean regex) {
        if (find.isEmpty()) {
            return "";
        }
        try {
            new Replace.Query(find, "", regex, false, true, java.util.Set.of()).pattern();
            return "";
        } catch (dev.archivist.edit.InvalidEdit e) {
            return e.getMessage();
        }
    }

    private static String label(Kind kind, Map<String, TextField> f) {
        return switch (kind) {
            case FIX -> f.get("kindsField").getText().isBlank() ? "Fix all safe problems" : "Fix " + f.get("kindsField").getText().strip();
            case RENAME -> "Rename " + f.get("fromField").getText().strip() + " to " + f.get("toField").getText().strip();
            case REPLACE -> "Replace '" + f.get("findField").getText() + "' with '" + f.get("withField").getText() + "'";
        };
    }

    /** The change on one page, the same operation the editor and the command line make. */
    static SiteChange.PageChange change(Kind kind, Map<String, TextField> f, Map<String, CheckBox> flags, FindScope in) {
        switch (kind) {
            case FIX -> {
                List<String> kinds = new ArrayList<>(Arrays.stream(f.get("kindsField").getText().split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
                return s -> {
                    EditSession.Fixed fixed = s.fixAll(FixEngine.selection(kinds, s.site()), "Fix");
                    return fixed == null ? 0 : fixed.count();
                };
            }
            case RENAME -> {
                String from = f.get("fromField").getText().strip();
                String to = f.get("toField").getText().strip();
                return s -> {
                    int n = Rename.plan(s.root(), from, to).all().size();
                    return s.rename(from, to) ? n : 0;
                };
            }
            default -> {
                String find = f.get("findField").getText();
                String with = f.get("withField").getText();
                boolean matchCase = flags.get("Match case").isSelected();
                boolean word = flags.get("Whole word").isSelected();
                boolean regex = flags.get("Regular expression").isSelected();
                return s -> s.replaceAll(new Replace.Query(find, with, regex, word, matchCase, in.keys(s.root())));
            }
        }
    }

    private static TextField field(Map<String, TextField> fields, String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(32);
        fields.put(id, t);
        return t;
    }

    private static CheckBox flag(Map<String, CheckBox> flags, String text) {
        CheckBox c = new CheckBox(text);
        c.setMnemonicParsing(false);
        flags.put(text, c);
        return c;
    }

    private static void row(GridPane grid, int at, String label, Node control) {
        grid.add(new Label(label), 0, at);
        grid.add(control, 1, at);
        GridPane.setHgrow(control, Priority.ALWAYS);
    }
}
