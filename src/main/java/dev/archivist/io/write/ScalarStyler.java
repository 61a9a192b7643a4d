package dev.archivist.io.write;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YScalar;

/** Decides how a scalar is written: its own style when that can hold the value, else the house style. */
final class ScalarStyler {

    private ScalarStyler() {
    }

    /** The house style for a string: plain when safe, single quotes, a literal block, or double quotes. */
    static ScalarStyle houseStyle(String value, boolean inFlow) {
        if (ScalarRules.plainSafe(value, inFlow)) {
            return ScalarStyle.PLAIN;
        }
        if (value.indexOf('\n') >= 0) {
            return !inFlow && ScalarRules.literalable(value) ? ScalarStyle.LITERAL : ScalarStyle.DOUBLE_QUOTED;
        }
        return ScalarRules.singleQuotable(value) ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    }

    /** The style to write a scalar in: the one it asks for if that can hold it, else the house style. */
    static ScalarStyle styleFor(YScalar s, boolean inFlow) {
        if (!s.isString()) {
            return ScalarStyle.PLAIN;
        }
        ScalarStyle wanted = s.style();
        if (wanted != null && canHold(wanted, s.value(), inFlow)) {
            return wanted;
        }
        return houseStyle(s.value(), inFlow);
    }

    static boolean canHold(ScalarStyle style, String value, boolean inFlow) {
        return switch (style) {
            case PLAIN -> ScalarRules.plainSafe(value, inFlow);
            case SINGLE_QUOTED -> ScalarRules.singleQuotable(value.replace('\n', ' ')) && !blankBesideABreak(value);
            case DOUBLE_QUOTED -> true;
            case LITERAL -> !inFlow && ScalarRules.literalable(value);
            case FOLDED -> false;
        };
    }

    /**
     * A scalar after its explicit tag: plain when a plain scalar can hold the text (the tag gives
     * the type), else quoted or a literal block as the house style writes strings.
     */
    static String tagged(YScalar s, String tag, boolean inFlow, String nl, int column, int indent, int width) {
        return tag + " " + ScalarWriter.write(s.value(), taggedStyle(s.value(), inFlow), nl, column + tag.length() + 1,
                indent, width);
    }

    static ScalarStyle taggedStyle(String value, boolean inFlow) {
        return ScalarRules.plainSyntax(value, inFlow) ? ScalarStyle.PLAIN : houseStyle(value, inFlow);
    }

    /**
     * True when a line break has a space or a tab beside it: in quotes without escapes, the
     * blanks around a break are folded away, so such a value cannot be written there.
     */
    private static boolean blankBesideABreak(String value) {
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
            boolean before = i > 0 && (value.charAt(i - 1) == ' ' || value.charAt(i - 1) == '\t');
            boolean after = i + 1 < value.length() && (value.charAt(i + 1) == ' ' || value.charAt(i + 1) == '\t');
            if (before || after) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a scalar.
     *
     * @param column 0-based column the scalar starts at
     * @param indent column of continuation lines and block content
     * @param width fold long lines past this column; 0 never folds
     */
    static String text(YScalar s, ScalarStyle style, String lineSeparator, int column, int indent, int width) {
        if (!s.isString()) {
            return s.value();
        }
        return ScalarWriter.write(s.value(), style, lineSeparator, column, indent, width);
    }
}
