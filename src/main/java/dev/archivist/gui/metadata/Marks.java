package dev.archivist.gui.metadata;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Validation marks on form fields (ControlsFX decorations): errors found as the user types and
 * the check's problems at the field's place, both shown as an icon with a tooltip.
 */
public final class Marks {
    private final ValidationSupport support = new ValidationSupport();

    /**
     * @param errors what is wrong with the value as typed (empty when fine)
     * @param warnings the problems the checks found at the field's place
     */
    public void watch(Control control, Supplier<List<String>> errors, Supplier<List<String>> warnings) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            ValidationResult r = new ValidationResult();
            errors.get().forEach(m -> r.add(ValidationMessage.error(c, m)));
            warnings.get().forEach(m -> r.add(ValidationMessage.warning(c, m)));
            return r;
        });
    }

    /** Checks every field again (the problems changed). */
    public void refresh() {
        support.revalidate();
    }
}
