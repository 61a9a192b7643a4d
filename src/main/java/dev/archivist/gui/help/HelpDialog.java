package dev.archivist.gui.help;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** A Help dialog over the editor: its content, a Close button, the editor's stylesheets. */
final class HelpDialog {

    private HelpDialog() {
    }

    /** Shows the dialog without waiting for it to close. */
    static Dialog<Void> show(Window owner, String title, Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.show();
        return dialog;
    }
}
