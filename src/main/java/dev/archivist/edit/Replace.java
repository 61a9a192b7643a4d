package dev.archivist.edit;

import dev.archivist.model.Scalars;
import dev.archivist.model.YMapping;
import dev.archivist.model.YScalar;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace in a page's string values: never in keys, and never in numbers, dates, booleans
 * or nulls. The editor's Ctrl+H, its site-wide review and the {@code replace} command share it.
 */
public final class Replace {

    private static final String WORD_CHAR = "[\\p{L}\\p{N}_]";

    /**
     * What to find and what to write instead.
     *
     * @param find plain text, or a Java regular expression when {@code regex}
     * @param with the text written instead; with {@code regex}, {@code $1} and {@code ${name}} name groups
     * @param word only whole words: no letter, digit or underscore right before or after a match
     * @param matchCase case counts; without it, case is ignored (Unicode case folding)
     * @param keys only values whose own key is one of these ({@code name}, {@code text}); empty: every value
     */
    public record Query(String find, String with, boolean regex, boolean word, boolean matchCase, Set<String> keys) {
        public Query {
            keys = Set.copyOf(keys);
        }

        /** A plain, case-insensitive query over every value. */
        public static Query plain(String find, String with) {
            return new Query(find, with, false, false, false, Set.of());
        }

        /**
         * The compiled pattern.
         *
         * @throws InvalidEdit for an empty text to find or a regular expression that does not compile
         */
        public Pattern pattern() {
            if (find == null || find.isEmpty()) {
                throw new InvalidEdit("there is nothing to find: type the text to look for");
            }
            String body = regex ? find : Pattern.quote(find);
            if (word) {
                body = "(?<!" + WORD_CHAR + ")(?:" + body + ")(?!" + WORD_CHAR + ")";
            }
            try {
                return Pattern.compile(body, matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new InvalidEdit("the regular expression does not read: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
            }
        }

        /** True for a value at this path that the query may change. */
        boolean covers(YamlPath path) {
            return keys.isEmpty() || keys.contains(keyOf(path));
        }
    }

    /**
     * One match in one value.
     *
     * @param value the whole value it was found in, as it was
     * @param start char offset of the match in the value
     * @param end char offset after the match
     * @param replacement what the match becomes
     */
    public record Match(YamlPath path, String value, int start, int end, String replacement) {
        public String found() {
            return value.substring(start, end);
        }
    }

    private Replace() {
    }

    /** Every match in the page's string values, in document order. A match of no characters is none. */
    public static List<Match> find(YMapping root, Query query) {
        Pattern pattern = query.pattern();
        List<Match> out = new ArrayList<>();
        Scalars.forEachString(root, (path, s) -> {
            if (query.covers(path)) {
                matches(path, s.value(), pattern, query, out);
            }
        });
        return out;
    }

    /** The page with every match replaced, as one tree; the input is not changed. */
    public static YMapping replaceAll(YMapping root, Query query) {
        return replaced(root, find(root, query));
    }

    /** The page with these matches of one {@link #find} replaced (document order); the input is not changed. */
    public static YMapping replaced(YMapping root, List<Match> found) {
        YMapping out = root;
        for (int i = 0; i < found.size(); ) {
            int j = i;
            while (j < found.size() && found.get(j).path().equals(found.get(i).path())) {
                j++;
            }
            out = set(out, found.get(i).path(), apply(found.get(i).value(), found.subList(i, j)));
            i = j;
        }
        return out;
    }

    /**
     * The page with one match replaced.
     *
     * @throws InvalidEdit when the value no longer holds that match (the page changed since the search)
     */
    public static YMapping replaceOne(YMapping root, Match match) {
        String now = match.path().find(root).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value())
                .orElse(null);
        if (!match.value().equals(now)) {
            throw new InvalidEdit("the page changed since the search: search again");
        }
        return set(root, match.path(), apply(now, List.of(match)));
    }

    private static void matches(YamlPath path, String value, Pattern pattern, Query query, List<Match> out) {
        Matcher m = pattern.matcher(value);
        int appended = 0; // where appendReplacement copies from: the end of the last match replaced
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            String replacement = query.with();
            if (query.regex()) {
                StringBuilder sb = new StringBuilder();
                try {
                    m.appendReplacement(sb, query.with());
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new InvalidEdit("the replacement does not read: " + e.getMessage()
                            + " (write \\$ for a dollar sign, $1 or ${name} for a group)");
                }
                replacement = sb.substring(m.start() - appended);
                appended = m.end();
            }
            out.add(new Match(path, value, m.start(), m.end(), replacement));
        }
    }

    private static String apply(String value, List<Match> found) {
        StringBuilder sb = new StringBuilder(value.length());
        int at = 0;
        for (Match x : found) {
            sb.append(value, at, x.start()).append(x.replacement());
            at = x.end();
        }
        return sb.append(value, at, value.length()).toString();
    }

    /** The page with a new value at a path; a value replaced by itself keeps its node, and so its source lines. */
    private static YMapping set(YMapping root, YamlPath path, String value) {
        YScalar old = (YScalar) path.find(root).orElseThrow();
        return old.value().equals(value) ? root : (YMapping) path.replace(root, old.withValue(value));
    }

    /** The key a value is under: its own key, or for a list item the list's key ("" at the top). */
    static String keyOf(YamlPath path) {
        List<Object> s = path.segments();
        for (int i = s.size() - 1; i >= 0; i--) {
            if (s.get(i) instanceof String k) {
                return k;
            }
        }
        return "";
    }
}
