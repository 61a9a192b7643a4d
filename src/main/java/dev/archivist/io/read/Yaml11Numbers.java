package dev.archivist.io.read;

/**
 * YAML 1.1's int and float patterns as SnakeYAML writes them ({@code Resolver.INT}, {@code
 * Resolver.FLOAT}), matched by a scan in linear time and constant stack, for scalars of any length.
 */
public final class Yaml11Numbers {

    private Yaml11Numbers() {
    }

    /**
     * {@code [-+]?0b_*[0-1][0-1_]* | [-+]?0_*[0-7][0-7_]* | [-+]?(0|[1-9][0-9_]*) |
     * [-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]* | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+}.
     */
    public static boolean isInt(String s) {
        int i = sign(s, 0);
        int n = s.length();
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '0') {
            if (i + 1 == n) {
                return true;
            }
            char next = s.charAt(i + 1);
            if (next == 'b') {
                return digitsToEnd(s, skipUnderscores(s, i + 2), 2);
            }
            if (next == 'x') {
                return digitsToEnd(s, skipUnderscores(s, i + 2), 16);
            }
            return digitsToEnd(s, skipUnderscores(s, i + 1), 8);
        }
        if (c < '1' || c > '9') {
            return false;
        }
        int j = decimals(s, i + 1);
        return j == n || s.charAt(j) == ':' && sexagesimal(s, j) == n;
    }

    /**
     * {@code [-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+ |
     * [-+]?\.[0-9_]+([eE][-+]?[0-9]+)? | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* |
     * [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)}.
     */
    public static boolean isFloat(String s) {
        int i = sign(s, 0);
        int n = s.length();
        if (i >= n) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '.') {
            String rest = s.substring(i + 1);
            if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
                return true;
            }
            if (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN")) {
                return i == 0;
            }
            int j = decimals(s, i + 1);
            return j > i + 1 && exponentOrEnd(s, j);
        }
        if (c < '0' || c > '9') {
            return false;
        }
        int j = decimals(s, i + 1);
        if (j == n) {
            return false;
        }
        char after = s.charAt(j);
        if (after == '.') {
            return exponentOrEnd(s, decimals(s, j + 1));
        }
        if (after == 'e' || after == 'E') {
            return exponent(s, j);
        }
        if (after == ':') {
            int k = sexagesimal(s, j);
            return k > 0 && k < n && s.charAt(k) == '.' && decimals(s, k + 1) == n;
        }
        return false;
    }

    /**
     * {@code [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?}: the sexagesimal numbers that the
     * house style quotes (YAML 1.1's and Psych's, whose first digit may be 0).
     */
    public static boolean isSexagesimal(String s) {
        int i = sign(s, 0);
        int n = s.length();
        if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
            return false;
        }
        int j = decimals(s, i + 1);
        if (j == n || s.charAt(j) != ':') {
            return false;
        }
        int k = sexagesimal(s, j);
        return k == n || k > 0 && k < n && s.charAt(k) == '.' && decimals(s, k + 1) == n;
    }

    private static int sign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+') ? i + 1 : i;
    }

    private static int skipUnderscores(String s, int i) {
        while (i < s.length() && s.charAt(i) == '_') {
            i++;
        }
        return i;
    }

    /** The end of a run of {@code [0-9_]} from i. */
    private static int decimals(String s, int i) {
        while (i < s.length() && (s.charAt(i) == '_' || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
            i++;
        }
        return i;
    }

    /** True when s has a digit of the radix at i and only such digits or underscores after it. */
    private static boolean digitsToEnd(String s, int i, int radix) {
        if (i >= s.length() || digit(s.charAt(i)) >= radix) {
            return false;
        }
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '_' && digit(c) >= radix) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII digit's value in base 16, or 99. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    }

    /**
     * The end of {@code (:[0-5]?[0-9])+} from i (at a colon), or -1 when a group is wrong. Each group takes one or two
     * digits; taking two where one would do never helps, since a digit cannot follow a group.
     */
    private static int sexagesimal(String s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) == ':') {
            int d = i + 1;
            while (d < n && d - i <= 3 && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                d++;
            }
            int digits = d - i - 1;
            if (digits == 0 || digits > 2 || digits == 2 && s.charAt(i + 1) > '5') {
                return -1;
            }
            i = d;
        }
        return i;
    }

    private static boolean exponentOrEnd(String s, int i) {
        return i == s.length() || exponent(s, i);
    }

    /** {@code [eE][-+]?[0-9]+} from i to the end. */
    private static boolean exponent(String s, int i) {
        if (i >= s.length() || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
            return false;
        }
        int j = sign(s, i + 1);
        if (j >= s.length()) {
            return false;
        }
        for (int k = j; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
