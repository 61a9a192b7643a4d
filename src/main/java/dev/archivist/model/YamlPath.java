package dev.archivist.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in the front matter tree, written {@code archive[3].replies[1].text}.
 *
 * <p>Keys that are not simple words are written in brackets and quotes: {@code ["odd.key"]}.
 */
public final class YamlPath {

    public static final YamlPath ROOT = new YamlPath(List.of());

    private final List<Object> segments;
    /** Paths are hash keys by the hundred thousand (edits, masks, places): the hash is kept. */
    private int hash;
    /** Written once: every problem line prints its path. */
    private String text;

    public YamlPath(List<Object> segments) {
        this.segments = List.copyOf(segments); // no copy when it is already an unmodifiable List.of
        for (Object s : this.segments) {
            if (!(s instanceof String) && !(s instanceof Integer)) {
                throw new IllegalArgumentException("segment must be a key or an index: " + s);
            }
        }
    }

    /** A path of segments already checked, in a list nothing else holds (checks make one for every value they look at). */
    private YamlPath(Object[] segments) {
        this.segments = Collections.unmodifiableList(Arrays.asList(segments));
    }

    /** The keys (strings) and indexes (integers) from the root. */
    public List<Object> segments() {
        return segments;
    }

    /**
     * Segment by segment from the last, which differs first between two places of one page (the
     * edits of a fix look up tens of thousands of paths), without an iterator per comparison.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof YamlPath other) || hashCode() != other.hashCode()) {
            return false;
        }
        List<Object> a = segments;
        List<Object> b = other.segments;
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = a.size() - 1; i >= 0; i--) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = segments.hashCode();
            hash = h;
        }
        return h;
    }

    public static YamlPath of(Object... segments) {
        return new YamlPath(List.of(segments));
    }

    /** Parses {@code a.b[2].c} or {@code a["x.y"]}; throws IllegalArgumentException on bad syntax. */
    public static YamlPath parse(String text) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[' && i + 1 < n && text.charAt(i + 1) == '"') {
                i = quotedKey(text, i + 2, out);
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in path: " + text);
                }
                String inner = text.substring(i + 1, close);
                try {
                    out.add(Integer.parseInt(inner.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad index [" + inner + "] in path: " + text);
                }
                i = close + 1;
            } else if (c == '.') {
                i++;
            } else {
                int j = i;
                while (j < n && text.charAt(j) != '.' && text.charAt(j) != '[') {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        if (out.isEmpty() && !text.isEmpty()) {
            throw new IllegalArgumentException("empty path: " + text);
        }
        return new YamlPath(out);
    }

    /** Reads a key written {@code ["..."]} (with {@code \"} and {@code \\} escapes) from after its quote; returns the offset after {@code ]}. */
    private static int quotedKey(String text, int from, List<Object> out) {
        StringBuilder key = new StringBuilder();
        int i = from;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            key.append(c);
            i++;
        }
        if (i + 1 >= text.length() || text.charAt(i + 1) != ']') {
            throw new IllegalArgumentException("unclosed [\" in path: " + text);
        }
        out.add(key.toString());
        return i + 2;
    }

    public YamlPath key(String key) {
        return new YamlPath(with(Objects.requireNonNull(key)));
    }

    public YamlPath index(int index) {
        return new YamlPath(with(index));
    }

    /** The segments and one more. */
    private Object[] with(Object last) {
        int n = segments.size();
        Object[] out = new Object[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = segments.get(i);
        }
        out[n] = last;
        return out;
    }

    public YamlPath parent() {
        return new YamlPath(segments.subList(0, Math.max(0, segments.size() - 1)));
    }

    public Object last() {
        return segments.isEmpty() ? null : segments.get(segments.size() - 1);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    public boolean startsWith(YamlPath prefix) {
        return segments.size() >= prefix.segments.size()
                && segments.subList(0, prefix.segments.size()).equals(prefix.segments);
    }

    /** The node at this path, if there is one. */
    public Optional<YNode> find(YNode root) {
        YNode node = root;
        for (Object s : segments) {
            if (s instanceof Integer i && node instanceof YSequence seq) {
                if (i < 0 || i >= seq.size()) {
                    return Optional.empty();
                }
                node = seq.get(i);
            } else if (s instanceof String k && node instanceof YMapping map) {
                Optional<YNode> next = map.get(k);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                node = next.get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /**
     * A copy of the tree with the node at this path replaced (path copying; untouched
     * siblings are shared). A missing last key of a mapping is appended.
     *
     * @throws IllegalArgumentException when the path does not lead to a place in the tree
     */
    public YNode replace(YNode root, YNode value) {
        return replace(root, 0, value);
    }

    private YNode replace(YNode node, int depth, YNode value) {
        if (depth == segments.size()) {
            return value;
        }
        Object s = segments.get(depth);
        if (s instanceof Integer i && node instanceof YSequence seq) {
            if (i < 0 || i >= seq.size()) {
                throw new IllegalArgumentException("no item " + i + " at " + prefix(depth));
            }
            return seq.with(i, replace(seq.get(i), depth + 1, value));
        }
        if (s instanceof String k && node instanceof YMapping map) {
            Optional<YNode> child = map.get(k);
            if (child.isEmpty()) {
                if (depth + 1 == segments.size()) {
                    return map.with(k, value);
                }
                throw new IllegalArgumentException("no key '" + k + "' at " + prefix(depth));
            }
            return map.with(k, replace(child.get(), depth + 1, value));
        }
        throw new IllegalArgumentException("nothing at " + prefix(depth + 1));
    }

    private String prefix(int length) {
        return new YamlPath(segments.subList(0, Math.min(length, segments.size()))).toString();
    }

    /** True for a key written bare: {@code [A-Za-z_][A-Za-z0-9_-]*}. */
    private static boolean isWord(String k) {
        if (k.isEmpty() || !(isAsciiLetter(k.charAt(0)) || k.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    @Override
    public String toString() {
        String t = text;
        if (t == null) {
            t = write();
            text = t;
        }
        return t;
    }

    private String write() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                String k = (String) s;
                if (isWord(k)) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(k);
                } else {
                    sb.append("[\"").append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return sb.toString();
    }
}
