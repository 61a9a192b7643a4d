package dev.archivist.check.links;

import java.util.Locale;
import java.util.Optional;

/**
 * An absolute URL split into the parts of RFC 3986's generic syntax without changing a
 * character: {@code toString()} gives back exactly the text that was parsed, so a rewrite that
 * touches one part keeps the encoding and order of the rest.
 *
 * @param authority what follows {@code //} up to the path, or null when there is no {@code //}
 * @param query what follows {@code ?} (possibly empty), or null when there is no {@code ?}
 * @param fragment what follows {@code #}, or null when there is no {@code #}
 */
record Url(String scheme, String authority, String path, String query, String fragment) {

    /** Splits an absolute URL; empty when the text does not start with a scheme and a colon. */
    static Optional<Url> parse(String text) {
        int colon = schemeEnd(text);
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = text.substring(0, colon);
        int i = colon + 1;
        String authority = null;
        if (text.startsWith("//", i)) {
            int end = authorityEnd(text, i + 2);
            authority = text.substring(i + 2, end);
            i = end;
        }
        int hash = text.indexOf('#', i);
        int end = hash < 0 ? text.length() : hash;
        String fragment = hash < 0 ? null : text.substring(hash + 1);
        int question = text.indexOf('?', i);
        question = question >= end ? -1 : question;
        String path = text.substring(i, question < 0 ? end : question);
        String query = question < 0 ? null : text.substring(question + 1, end);
        return Optional.of(new Url(scheme, authority, path, query, fragment));
    }

    /** True when {@link #parse} splits the text: it starts with a scheme and a colon. */
    static boolean isAbsolute(String text) {
        return schemeEnd(text) >= 0;
    }

    /** The index of the scheme's colon, or -1: {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}. */
    private static int schemeEnd(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The first {@code /}, {@code ?} or {@code #} from {@code from}, or the text's length. */
    private static int authorityEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return text.length();
    }

    /** The scheme in lower case. */
    String lowerScheme() {
        return scheme.toLowerCase(Locale.ROOT);
    }

    /** True for http and https URLs with a host. */
    boolean isWeb() {
        String s = lowerScheme();
        return (s.equals("http") || s.equals("https")) && !host().isEmpty();
    }

    /** The host in lower case, without user information, port or IPv6 brackets; empty when none. */
    String host() {
        if (authority == null) {
            return "";
        }
        String h = authority.substring(authority.lastIndexOf('@') + 1);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? "" : h.substring(1, close).toLowerCase(Locale.ROOT);
        }
        int port = h.indexOf(':');
        return (port < 0 ? h : h.substring(0, port)).toLowerCase(Locale.ROOT);
    }

    Url withPath(String newPath) {
        return new Url(scheme, authority, newPath, query, fragment);
    }

    Url withQuery(String newQuery) {
        return new Url(scheme, authority, path, newQuery, fragment);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(scheme).append(':');
        if (authority != null) {
            sb.append("//").append(authority);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        if (fragment != null) {
            sb.append('#').append(fragment);
        }
        return sb.toString();
    }
}
