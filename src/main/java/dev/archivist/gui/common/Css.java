package dev.archivist.gui.common;

/** The style classes of archivist.css, in one place. */
public final class Css {
    public static final String ICON = "icon";
    public static final String WARNING = "warning";
    public static final String DANGER = "danger";
    public static final String SUCCESS = "success";
    public static final String MUTED = "muted";
    public static final String MONOSPACE = "monospace";
    public static final String MESSAGE_CELL = "message-cell";
    public static final String MESSAGE_NAME = "message-name";
    public static final String MESSAGE_PREVIEW = "message-preview";
    public static final String BADGE = "badge";
    public static final String DROP_BEFORE = "drop-before";
    public static final String DROP_AFTER = "drop-after";
    public static final String DROP_INTO = "drop-into";
    public static final String NOTICE = "notice";
    public static final String PANE_HEADER = "pane-header";
    public static final String STATUS_BAR = "status-bar";
    public static final String FORM = "form";
    public static final String FIELD_LABEL = "field-label";
    public static final String CHIP = "chip";
    public static final String CHIP_UNKNOWN = "chip-unknown";
    public static final String DIFF_ADDED = "diff-added";
    public static final String DIFF_REMOVED = "diff-removed";
    public static final String DIFF_HEADER = "diff-header";
    public static final String KIND_GROUP = "kind-group";
    public static final String EMPTY = "empty-state";
    public static final String FILE_GROUP = "file-group";

    private Css() {
    }
}
