package dev.archivist.gui.review;

import dev.archivist.gui.common.Css;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A diff row: line numbers and text, coloured by what happened to the line, in either layout. */
public final class DiffCell extends ListCell<DiffRow> {
    private final ObservableBooleanValue sideBySide;
    private final Label uOld = number();
    private final Label uNew = number();
    private final Label uText = text();
    private final HBox unified = new HBox(uOld, uNew, uText);
    private final Label sOld = number();
    private final Label sLeft = text();
    private final Label sNew = number();
    private final Label sRight = text();
    private final GridPane side = new GridPane();

    public DiffCell(ObservableBooleanValue sideBySide) {
        this.sideBySide = sideBySide;
        getStyleClass().add("diff-cell");
        HBox.setHgrow(uText, Priority.ALWAYS);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        side.getColumnConstraints().addAll(half, half);
        side.addRow(0, new HBox(sOld, sLeft), new HBox(sNew, sRight));
        HBox.setHgrow(sLeft, Priority.ALWAYS);
        HBox.setHgrow(sRight, Priority.ALWAYS);
        setPrefWidth(0);
    }

    private static Label number() {
        Label l = new Label();
        l.getStyleClass().addAll("diff-number", Css.MONOSPACE);
        l.setMinWidth(48);
        l.setPrefWidth(48);
        return l;
    }

    private static Label text() {
        Label l = new Label();
        l.getStyleClass().addAll("diff-text", Css.MONOSPACE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        return l;
    }

    @Override
    protected void updateItem(DiffRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (sideBySide.get()) {
            sOld.setText(number(row.oldNo()));
            sNew.setText(number(row.newNo()));
            boolean gap = row.type() == DiffRow.Type.GAP;
            style(sLeft, gap ? row.oldText() : row.oldText(), gap ? Css.DIFF_HEADER
                    : row.type() == DiffRow.Type.REMOVED || row.type() == DiffRow.Type.CHANGED ? Css.DIFF_REMOVED : null);
            style(sRight, gap ? "" : row.newText(), gap ? Css.DIFF_HEADER
                    : row.type() == DiffRow.Type.ADDED || row.type() == DiffRow.Type.CHANGED ? Css.DIFF_ADDED : null);
            setGraphic(side);
        } else {
            uOld.setText(number(row.oldNo()));
            uNew.setText(number(row.newNo()));
            switch (row.type()) {
                case ADDED -> style(uText, "+ " + row.newText(), Css.DIFF_ADDED);
                case REMOVED -> style(uText, "− " + row.oldText(), Css.DIFF_REMOVED);
                case GAP -> style(uText, row.oldText(), Css.DIFF_HEADER);
                default -> style(uText, "  " + row.oldText(), null);
            }
            setGraphic(unified);
        }
    }

    private static String number(int n) {
        return n > 0 ? Integer.toString(n) : "";
    }

    private static void style(Label l, String text, String styleClass) {
        l.setText(text);
        l.getStyleClass().removeAll(Css.DIFF_ADDED, Css.DIFF_REMOVED, Css.DIFF_HEADER);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
    }
}
