package dev.archivist.gui.threads;

import dev.archivist.gui.common.Css;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** A message row that can be dragged onto another row: before, after or into a thread. */
final class DraggableMessageCell extends MessageCell {
    /** The clipboard format of a dragged message: its place, as text. */
    static final DataFormat PLACE = new DataFormat("application/x-archivist-place");
    private static final PseudoClass BEFORE = PseudoClass.getPseudoClass(Css.DROP_BEFORE);
    private static final PseudoClass AFTER = PseudoClass.getPseudoClass(Css.DROP_AFTER);
    private static final PseudoClass INTO = PseudoClass.getPseudoClass(Css.DROP_INTO);
    /** The message being dragged; one drag at a time in one window. */
    private static MessagePlace dragged;

    private final ThreadTreeViewModel vm;

    DraggableMessageCell(ThreadTreeViewModel vm, ObservableValue<Map<MessagePlace, Integer>> problems, Supplier<Set<MessagePlace>> matches) {
        super(problems, matches);
        this.vm = vm;
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            dragged = getItem().place();
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(PLACE, dragged.toString());
            db.setContent(content);
            e.consume();
        });
        setOnDragOver(this::over);
        setOnDragExited(e -> mark(null));
        setOnDragDropped(this::dropped);
        setOnDragDone(e -> dragged = null);
    }

    private Drop where(DragEvent e) {
        double y = e.getY() / Math.max(1, getHeight());
        if (getItem().place().isThread()) {
            return y < 0.25 ? Drop.BEFORE : y > 0.75 ? Drop.AFTER : Drop.INTO;
        }
        return y < 0.5 ? Drop.BEFORE : Drop.AFTER;
    }

    private void over(DragEvent e) {
        if (getItem() == null || dragged == null || !e.getDragboard().hasContent(PLACE)) {
            return;
        }
        Drop w = where(e);
        if (vm.canDrop(dragged, getItem().place(), w)) {
            e.acceptTransferModes(TransferMode.MOVE);
            mark(w);
        } else {
            mark(null);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = false;
        if (getItem() != null && dragged != null && e.getDragboard().hasContent(PLACE)) {
            Drop w = where(e);
            if (vm.canDrop(dragged, getItem().place(), w)) {
                vm.drop(dragged, getItem().place(), w);
                done = true;
            }
        }
        mark(null);
        e.setDropCompleted(done);
        e.consume();
    }

    private void mark(Drop w) {
        pseudoClassStateChanged(BEFORE, w == Drop.BEFORE);
        pseudoClassStateChanged(AFTER, w == Drop.AFTER);
        pseudoClassStateChanged(INTO, w == Drop.INTO);
    }
}
