package dev.archivist.gui.metadata;

import dev.archivist.gui.editor.BoundText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.converter.LocalDateStringConverter;

/** A date picker and a time field (optional) over one timestamp value, with the value as written beside them. */
public final class DateFields {
    private final BoundText field;
    private final DatePicker date;
    private final TextField time;
    private final Label raw;
    private final BiConsumer<LocalDate, LocalTime> write;
    private boolean pulling;

    private DateFields(BoundText field, DatePicker date, TextField time, Label raw, BiConsumer<LocalDate, LocalTime> write) {
        this.field = field;
        this.date = date;
        this.time = time;
        this.raw = raw;
        this.write = write;
    }

    /**
     * Keeps the controls in step with the field; a picked date (and time) goes to {@code write}.
     *
     * @param time null for a value that holds a date alone
     */
    public static void bind(BoundText field, DatePicker date, TextField time, Label raw, BiConsumer<LocalDate, LocalTime> write) {
        DateFields d = new DateFields(field, date, time, raw, write);
        date.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        field.valueProperty().addListener((o, a, b) -> d.pull());
        date.valueProperty().addListener((o, a, b) -> d.push());
        if (time != null) {
            time.setOnAction(e -> d.push());
            time.focusedProperty().addListener((o, a, focused) -> {
                if (!focused) {
                    d.push();
                }
            });
        }
        d.pull();
    }

    private void pull() {
        pulling = true;
        try {
            var at = Timestamps.parse(field.get());
            date.setValue(at.map(d -> d.toLocalDate()).orElse(null));
            if (time != null) {
                time.setText(at.map(d -> d.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss"))).orElse(""));
            }
            raw.setText(field.get().isBlank() ? "not set" : field.get());
            raw.setTooltip(new Tooltip("As written in the file; the pickers write this format back"));
        } finally {
            pulling = false;
        }
    }

    private void push() {
        if (pulling || date.getValue() == null) {
            return;
        }
        LocalTime t = time == null ? null : Timestamps.parseTime(time.getText()).orElse(null);
        if (time != null && t == null && !time.getText().isBlank()) {
            time.setStyle("-fx-border-color: -color-danger-emphasis;");
            return;
        }
        if (time != null) {
            time.setStyle("");
        }
        write.accept(date.getValue(), t);
    }
}
