package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.gui.common.Css;
import dev.archivist.gui.common.Icons;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.glyphfont.FontAwesome;

/** A row of the thread tree: name, the start of the text, and a marker when the message has problems. */
class MessageCell extends TreeCell<MessageRow> {
    static final PseudoClass THREAD = PseudoClass.getPseudoClass("thread");
    static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");
    static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");
    private final Label name = new Label();
    private final Label preview = new Label();
    private final Label badge = new Label();
    private final HBox box;
    private final ObservableValue<Map<MessagePlace, Integer>> problems;
    private final Supplier<java.util.Set<MessagePlace>> matches;
    private final ChangeListener<Map<MessagePlace, Integer>> recount = (o, a, b) -> showCount();

    MessageCell(ObservableValue<Map<MessagePlace, Integer>> problems, Supplier<java.util.Set<MessagePlace>> matches) {
        this.problems = problems;
        this.matches = matches;
        // the tree's refresh() misses cells parked out of view, which come back as they were
        problems.addListener(new WeakChangeListener<>(recount));
        getStyleClass().add(Css.MESSAGE_CELL);
        name.getStyleClass().add(Css.MESSAGE_NAME);
        preview.getStyleClass().add(Css.MESSAGE_PREVIEW);
        badge.getStyleClass().add(Css.BADGE);
        badge.setGraphic(Icons.of(FontAwesome.Glyph.WARNING, Css.WARNING));
        // a long name used to hold the row wider than the tree, pushing the marker out of view:
        // the preview takes only the room left, the name gives way next, the marker never
        name.setMinWidth(0);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        preview.setMinWidth(0);
        preview.setPrefWidth(0);
        HBox.setHgrow(preview, Priority.ALWAYS);
        preview.setMaxWidth(Double.MAX_VALUE);
        box = new HBox(8, name, preview, badge);
        box.setFillHeight(false);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the row fits the tree's width: long texts are cut, never scrolled sideways
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MessageRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(THREAD, false);
            pseudoClassStateChanged(MATCH, false);
            pseudoClassStateChanged(CONTEXT, false);
            return;
        }
        String n = row.name();
        name.setText(n.isBlank() ? "(no name)" : n);
        String p = row.preview();
        preview.setText(p.isEmpty() ? "(no text)" : p);
        showCount();
        pseudoClassStateChanged(THREAD, row.place().isThread());
        java.util.Set<MessagePlace> m = matches.get();
        pseudoClassStateChanged(MATCH, m != null && m.contains(row.place()));
        // a thread shown only for its matching replies
        pseudoClassStateChanged(CONTEXT, m != null && !m.contains(row.place()));
        setText(null);
        setGraphic(box);
    }

    private void showCount() {
        MessageRow row = getItem();
        if (isEmpty() || row == null) {
            return;
        }
        int count = count(row);
        badge.setVisible(count > 0);
        badge.setManaged(count > 0);
        badge.setText(Integer.toString(count));
        setTooltip(count > 0 ? new Tooltip(count + (count == 1 ? " problem" : " problems")
                + (row.place().isThread() && !getTreeItem().isExpanded() ? " in this thread" : "")) : null);
    }

    /** A collapsed thread counts its replies' problems too, so nothing hides behind the fold. */
    private int count(MessageRow row) {
        Map<MessagePlace, Integer> map = problems.getValue();
        int own = map.getOrDefault(row.place(), 0);
        if (!row.place().isThread() || getTreeItem() == null || getTreeItem().isExpanded()) {
            return own;
        }
        int replies = Archive.replies(row.node()).size();
        for (int r = 0; r < replies; r++) {
            own += map.getOrDefault(MessagePlace.reply(row.place().thread(), r), 0);
        }
        return own;
    }
}
