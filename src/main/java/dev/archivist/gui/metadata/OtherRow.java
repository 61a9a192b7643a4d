package dev.archivist.gui.metadata;

import dev.archivist.io.write.HouseStyle;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;

/** A top-level key the form does not know, with its value for the generic editor. */
public record OtherRow(String key, YNode value) {

    /** True for a single value edited as text; lists and mappings are edited as YAML. */
    public boolean scalar() {
        return value instanceof YScalar;
    }

    /** The value as a person edits it: a scalar's text, or YAML for a list or mapping. */
    public String text() {
        if (value instanceof YScalar s) {
            return s.isNull() ? "" : s.value();
        }
        return HouseStyle.write(value).stripTrailing();
    }

    /** What kind of value it is: text, number, yes/no, date, list, mapping... */
    public String type() {
        if (value instanceof YMapping) {
            return "mapping";
        }
        if (value instanceof YSequence) {
            return "list";
        }
        return switch (((YScalar) value).tag()) {
            case "str" -> "text";
            case "int", "float" -> "number";
            case "bool" -> "yes/no";
            case "timestamp" -> "date";
            case "null" -> "empty";
            default -> ((YScalar) value).tag();
        };
    }
}
