package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.model.YNode;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A thread's row whose reply rows are made the first time they are needed, so a page of ten
 * thousand threads shows at once.
 */
final class ThreadItem extends TreeItem<MessageRow> {
    private boolean populated;

    ThreadItem(MessageRow row) {
        super(row);
    }

    @Override
    public boolean isLeaf() {
        return populated ? super.getChildren().isEmpty() : Archive.replies(getValue().node()).isEmpty();
    }

    @Override
    public ObservableList<TreeItem<MessageRow>> getChildren() {
        if (!populated) {
            populated = true;
            super.getChildren().setAll(replyItems());
        }
        return super.getChildren();
    }

    /** Shows a new state of the thread: only changed reply rows are touched. */
    void update(MessageRow row) {
        MessageRow old = getValue();
        if (old.node() == row.node() && old.place().equals(row.place())) {
            return;
        }
        setValue(row);
        if (!populated) {
            return;
        }
        List<YNode> before = Archive.replies(old.node());
        List<YNode> after = Archive.replies(row.node());
        ObservableList<TreeItem<MessageRow>> items = super.getChildren();
        if (before.size() != after.size() || old.place().thread() != row.place().thread()) {
            items.setAll(replyItems());
            return;
        }
        for (int r = 0; r < after.size(); r++) {
            if (before.get(r) != after.get(r)) {
                items.get(r).setValue(new MessageRow(MessagePlace.reply(row.place().thread(), r), after.get(r)));
            }
        }
    }

    private List<TreeItem<MessageRow>> replyItems() {
        List<YNode> replies = Archive.replies(getValue().node());
        List<TreeItem<MessageRow>> out = new ArrayList<>(replies.size());
        int t = getValue().place().thread();
        for (int r = 0; r < replies.size(); r++) {
            out.add(new TreeItem<>(new MessageRow(MessagePlace.reply(t, r), replies.get(r))));
        }
        return out;
    }
}
