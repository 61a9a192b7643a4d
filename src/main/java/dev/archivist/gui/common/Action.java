package dev.archivist.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;
import org.controlsfx.glyphfont.FontAwesome;

/**
 * A menu and toolbar entry: text, accelerator, icon, handler and when it is disabled. Built in
 * one place ({@code Actions}) and turned into menu items and buttons by {@link ActionControls}.
 *
 * @param text the label; {@code dynamicText} overrides it when set ("Undo Add reply")
 * @param accelerator null when none
 * @param icon null when none
 * @param disabled null when always enabled
 * @param shown null when always shown; else whether its menu item is there (a page kind's commands)
 */
public record Action(String text, ObservableStringValue dynamicText, KeyCombination accelerator,
        FontAwesome.Glyph icon, Runnable handler, ObservableBooleanValue disabled, ObservableBooleanValue shown) {

    /** Marks a separator in a list of actions. */
    public static final Action SEPARATOR = new Action("-", null, null, null, () -> { }, null, null);

    public static Action of(String text, String accelerator, FontAwesome.Glyph icon, Runnable handler,
            ObservableBooleanValue disabled) {
        return new Action(text, null, accelerator == null ? null : KeyCombination.keyCombination(accelerator),
                icon, handler, disabled, null);
    }

    public Action withText(ObservableStringValue text) {
        return new Action(this.text, text, accelerator, icon, handler, disabled, shown);
    }

    /** The same action, its menu item shown only while {@code when} holds. */
    public Action shownWhen(ObservableBooleanValue when) {
        return new Action(text, dynamicText, accelerator, icon, handler, disabled, when);
    }
}
