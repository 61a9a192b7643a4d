package dev.archivist.render;

import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YScalar;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * A scalar as the site prints it with {@code {{ value }}}: Jekyll reads the page with Ruby's Psych,
 * and Liquid prints what Psych made of it. Where that differs from the text written, the preview
 * shows what the site shows: a plain {@code 0:21}, a string to PyYAML and SnakeYAML, is a base 60
 * integer to Psych, which counts {@code m:ss} as hours and minutes (1260); a boolean prints as
 * {@code true} or {@code false}; an integer in decimal.
 */
final class PsychScalars {

    private static final Pattern BASE_60 = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:0|[1-9][0-9_,]*)");

    private PsychScalars() {
    }

    /** The text {@code {{ }}} writes of a scalar (never null for a non-null scalar). */
    static String shown(YScalar scalar) {
        String value = scalar.value();
        if (scalar.style() != ScalarStyle.PLAIN || scalar.explicitTag()) {
            return value;
        }
        if ("bool".equals(scalar.tag())) {
            // Psych's booleans are these words; y and n, booleans to YAML 1.1, stay strings
            return Pattern.matches("(?i)yes|true|on", value) ? "true"
                    : Pattern.matches("(?i)no|false|off", value) ? "false" : value;
        }
        if (BASE_60.matcher(value).matches()) {
            return base60(value);
        }
        if (DECIMAL.matcher(value).matches() && value.length() < 1000) {
            return new BigInteger(value.replace("_", "").replace(",", "")).toString();
        }
        return value;
    }

    /** Psych's reading: each part times 60 to the power of its distance from the third part. */
    private static String base60(String value) {
        String[] parts = value.replace("_", "").split(":");
        BigInteger total = BigInteger.ZERO;
        for (int e = 0; e < parts.length; e++) {
            BigInteger part = new BigInteger(parts[e].startsWith("+") ? parts[e].substring(1) : parts[e]);
            total = total.add(part.multiply(BigInteger.valueOf(60).pow(Math.abs(e - 2))));
        }
        return total.toString();
    }
}
