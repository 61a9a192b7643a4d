package dev.archivist.gui.main;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The bar over the top of the editor that shows the current notice and its buttons; the content never moves for it. */
final class NoticeBar {
    private final HBox bar;
    private final Label text;
    private final HBox buttons;
    private final Runnable dismiss;

    NoticeBar(HBox bar, Label text, HBox buttons, Runnable dismiss) {
        this.bar = bar;
        this.text = text;
        this.buttons = buttons;
        this.dismiss = dismiss;
    }

    void follow(ObservableValue<Notice> notice) {
        notice.addListener((o, a, n) -> show(n));
        show(notice.getValue());
    }

    private void show(Notice n) {
        bar.setVisible(n != null);
        buttons.getChildren().clear();
        if (n == null) {
            return;
        }
        bar.getStyleClass().removeIf(c -> c.startsWith("notice-"));
        bar.getStyleClass().add("notice-" + n.level().name().toLowerCase(Locale.ROOT));
        text.setText(n.text());
        for (Notice.Action a : n.actions()) {
            Button b = new Button(a.text());
            b.setOnAction(e -> {
                dismiss.run();
                a.handler().run();
            });
            buttons.getChildren().add(b);
        }
    }
}
