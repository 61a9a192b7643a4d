package dev.archivist.io.write;

import dev.archivist.io.read.Yaml11Numbers;
import dev.archivist.io.read.YamlResolver;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What each scalar style can hold. A string may be written plain only when every reader the
 * sites use (YAML 1.1: PyYAML, SnakeYAML, Ruby's Psych; YAML 1.2 core) reads it back as the same
 * string: {@code yes}, {@code +1}, {@code 0:45}, {@code ~} and {@code here is the paper:} are not.
 */
public final class ScalarRules {
    /**
     * YAML 1.2 core schema and YAML 1.1's full type list (y/n, 1,000 for Psych, .inf...); the
     * sexagesimal numbers are {@link Yaml11Numbers#isSexagesimal}, whose repeated group would make
     * this pattern recurse once per group and overflow the stack on a long value.
     */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "(?i:y|n|yes|no|true|false|on|off|null|~|[-+]?\\.?(inf|nan)|<<|=)"
                    + "|[-+]?[0-9][0-9_,]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.[0-9][0-9_]*([eE][-+]?[0-9]+)?"
                    + "|[-+]?0[xob][0-9a-fA-F_]+"
                    + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
    private static final String LEADING_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private ScalarRules() {
    }

    /** True when the string can be written plain and read back as the same string everywhere. */
    public static boolean plainSafe(String value, boolean inFlow) {
        return plainSyntax(value, inFlow) && resolvesToString(value);
    }

    /**
     * True when a plain scalar can hold the text, whatever type its text resolves to: what a
     * value needs after an explicit tag ({@code !!str 123}).
     */
    public static boolean plainSyntax(String value, boolean inFlow) {
        if (value.isEmpty() || value.startsWith("---") || value.startsWith("...")) {
            return false;
        }
        char first = value.charAt(0);
        char last = value.charAt(value.length() - 1);
        if (LEADING_INDICATORS.indexOf(first) >= 0 || Character.isWhitespace(first) || Character.isWhitespace(last)
                || last == ':') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || needsEscape(c) || !printable(c)) {
                return false;
            }
            if ((c == ':' && i + 1 < value.length() && value.charAt(i + 1) == ' ')
                    || (c == '#' && value.charAt(i - 1) == ' ')
                    // inside [ ] and { }, readers differ on ':' and '?' before a non-blank (SnakeYAML
                    // reads "https://x.org/?a" in a flow mapping as a key): quoting is always safe there
                    || (inFlow && ",[]{}:?#".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** True when a plain scalar with this text is read as a string under YAML 1.1 and 1.2. */
    public static boolean resolvesToString(String value) {
        if (NOT_A_STRING.matcher(value).matches() || Yaml11Numbers.isSexagesimal(value)) {
            return false;
        }
        return YamlResolver.INSTANCE.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    }

    /** True when a single-quoted scalar on one line can hold the value. */
    public static boolean singleQuotable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || needsEscape(c) || !printable(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when a literal block ({@code |}) can hold the value in the house style. */
    public static boolean literalable(String value) {
        if (value.indexOf('\n') < 0 || value.isBlank()) {
            return false;
        }
        int lineStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : '\n';
            if (c == '\n') {
                // trailing spaces would be invisible in the file; a line of spaces would confuse indentation
                if (i > lineStart && Character.isWhitespace(value.charAt(i - 1))) {
                    return false;
                }
                lineStart = i + 1;
            } else if (c == '\r' || needsEscape(c) || !printable(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Characters the house style escapes so they stay visible: controls, invisible and
     * bidirectional formatting characters, no-break and zero-width spaces, line separators.
     */
    public static boolean needsEscape(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == 0xA0 || c == 0xAD
                || (c >= 0x200B && c <= 0x200C) || (c >= 0x200E && c <= 0x200F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    /** YAML's printable set, by UTF-16 unit (surrogates are judged by pair in {@link #printable(String)}). */
    static boolean printable(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF) || c == 0xFEFF;
    }
}
