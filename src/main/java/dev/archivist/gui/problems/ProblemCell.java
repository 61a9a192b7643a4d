package dev.archivist.gui.problems;

import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Icons;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.glyphfont.FontAwesome;

/** A row of the problems tree: a kind with its count, or one problem with its place. */
final class ProblemCell extends TreeCell<Object> {
    private final ProblemsViewModel vm;
    private final Label main = new Label();
    private final Label side = new Label();
    private final HBox box = new HBox(8, main, side);

    ProblemCell(ProblemsViewModel vm) {
        this.vm = vm;
        side.getStyleClass().add(Css.MUTED);
        main.setMinWidth(0);
        HBox.setHgrow(main, Priority.ALWAYS);
        main.setMaxWidth(Double.MAX_VALUE);
        side.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(Css.KIND_GROUP);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        if (item instanceof Kind k) {
            getStyleClass().add(Css.KIND_GROUP);
            int count = vm.problemsProperty().get().of(k).size();
            int fixable = vm.fixableCount(k);
            main.setText(KindTitles.of(k) + "  (" + count + ")");
            main.setGraphic(Icons.of(fixable > 0 ? FontAwesome.Glyph.MAGIC : FontAwesome.Glyph.EYE,
                    fixable > 0 ? Css.SUCCESS : Css.WARNING));
            side.setText(k.id());
        } else if (item instanceof String more) {
            main.setText(more);
            main.setGraphic(null);
            side.setText("");
        } else if (item instanceof Problem p) {
            main.setText(p.message());
            main.setGraphic(null);
            side.setText(p.line() > 0 ? "line " + p.line() : p.where());
        }
        setText(null);
        setGraphic(box);
    }
}
