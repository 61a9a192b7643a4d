package dev.archivist.gui.main;

import java.util.List;

/**
 * A message in the bar above the editor: what happened and what the user can do about it.
 *
 * @param actions buttons offered with the message, in order
 */
public record Notice(Level level, String text, List<Action> actions) {

    /** How the message is shown. */
    public enum Level { INFO, SUCCESS, WARNING, ERROR }

    /** A button of the notice. */
    public record Action(String text, Runnable handler) {
    }

    public static Notice info(String text) {
        return new Notice(Level.INFO, text, List.of());
    }

    public static Notice success(String text) {
        return new Notice(Level.SUCCESS, text, List.of());
    }

    public static Notice error(String text, Action... actions) {
        return new Notice(Level.ERROR, text, List.of(actions));
    }

    public static Notice warning(String text, Action... actions) {
        return new Notice(Level.WARNING, text, List.of(actions));
    }
}
