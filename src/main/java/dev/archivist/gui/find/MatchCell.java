package dev.archivist.gui.find;

import dev.archivist.edit.Labels;
import dev.archivist.edit.Replace;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A match: its place ("reply 2 of thread 4 · text") and its line, the match struck out and the replacement after it. */
final class MatchCell extends ListCell<Replace.Match> {
    private static final int CONTEXT = 40;

    private final Label place = new Label();
    private final Text before = run(null);
    private final Text found = run("diff-removed");
    private final Text replacement = run("diff-added");
    private final Text after = run(null);
    private final VBox box = new VBox(2, place, new TextFlow(before, found, replacement, after));

    MatchCell() {
        place.getStyleClass().add("muted");
        box.getStyleClass().add("find-match");
        setPrefWidth(0); // the row is as wide as the list: no sideways scrolling
    }

    @Override
    protected void updateItem(Replace.Match m, boolean empty) {
        super.updateItem(m, empty);
        if (empty || m == null) {
            setGraphic(null);
            return;
        }
        String v = m.value();
        int from = lineStart(v, m.start());
        int to = lineEnd(v, m.end());
        place.setText(Labels.of(m.path()) + " · " + m.path().segments().get(m.path().segments().size() - 1));
        before.setText((from > 0 ? "…" : "") + v.substring(from, m.start()));
        found.setText(oneLine(m.found()));
        replacement.setText(oneLine(m.replacement()));
        // an empty replacement (a deletion) would still draw its underline as a stray "_"
        replacement.setVisible(!m.replacement().isEmpty());
        replacement.setManaged(!m.replacement().isEmpty());
        after.setText(v.substring(m.end(), to) + (to < v.length() ? "…" : ""));
        setGraphic(box);
    }

    /** The start of the match's line, at most {@code CONTEXT} chars before it (never inside a surrogate pair). */
    private static int lineStart(String v, int start) {
        int nl = v.lastIndexOf('\n', start - 1) + 1;
        int from = Math.max(nl, start - CONTEXT);
        return from > 0 && Character.isLowSurrogate(v.charAt(from)) ? from + 1 : from;
    }

    private static int lineEnd(String v, int end) {
        int nl = v.indexOf('\n', end);
        int to = Math.min(nl < 0 ? v.length() : nl, end + CONTEXT);
        return to < v.length() && Character.isLowSurrogate(v.charAt(to)) ? to + 1 : to;
    }

    private static String oneLine(String s) {
        return s.replace("\n", "⏎");
    }

    private static Text run(String style) {
        Text t = new Text();
        t.getStyleClass().add("fix-run");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        return t;
    }
}
