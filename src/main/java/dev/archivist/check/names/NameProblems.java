package dev.archivist.check.names;

import dev.archivist.check.CheckContext;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YamlPath;
import dev.archivist.site.NameAliases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns verdicts into problems, one per place: each {@code name} posted under the spelling, and
 * each text that mentions it, so the fix engine can apply them with the other fixes.
 */
final class NameProblems {

    private NameProblems() {
    }

    static List<Problem> of(CheckContext context, PageNames page, List<NameVerdict> verdicts) {
        List<Problem> out = new ArrayList<>();
        for (NameVerdict v : verdicts) {
            String message = message(v);
            for (YamlPath path : page.places().get(v.spelling())) {
                out.add(problem(context, v, path, message, Rename.name(path, v.spelling(), v.canonical())));
            }
        }
        mentions(context, page, verdicts, out);
        return out;
    }

    private static Problem problem(CheckContext context, NameVerdict v, YamlPath path, String message, Edit edit) {
        Fix fix = v.confirmed() ? Fix.safe(v.spelling(), v.canonical(), edit) : Fix.suggestion(v.spelling(), v.canonical(), edit);
        Kind kind = v.author() ? Kind.AUTHOR_MISMATCH : Kind.NAME_VARIANT;
        return new Problem(kind, path, context.line(path), context.column(path), message, fix);
    }

    static String message(NameVerdict v) {
        String how = v.how() == null ? "" : " (" + v.how() + ")";
        if (v.author()) {
            return v.who() + " posts as '" + v.spelling() + "'" + how;
        }
        return "'" + v.spelling() + "' looks like " + v.canonical() + how + ": " + source(v.owner())
                + (v.confirmed() ? "" : "; a person decides");
    }

    static String source(NameCluster c) {
        return switch (c.source()) {
            case ALIAS -> "decided in " + NameAliases.FILE;
            case TITLE -> "the title of _people/" + c.personId() + ".md";
            case AUTHOR -> "as named in authors:";
            case MOST_USED -> "the most used spelling (" + c.uses(c.canonical()) + " of " + c.uses() + " uses on the site)";
        };
    }

    /** Texts mentioning a spelling; a first name alone counts only as {@code @Name}. */
    private static void mentions(CheckContext context, PageNames page, List<NameVerdict> verdicts, List<Problem> out) {
        FirstWords words = new FirstWords(verdicts);
        for (PageNames.Text t : page.texts()) {
            for (NameVerdict v : words.candidates(t.text())) {
                boolean atOnly = NameParts.of(v.spelling()).tokens().size() < 2;
                if (Mentions.mentions(t.text(), v.spelling(), v.canonical(), atOnly, context::markdown)) {
                    String message = "mentions '" + v.spelling() + "': " + message(v);
                    YamlPath path = t.path();
                    Edit edit = Rename.mentions(path, v.spelling(), v.canonical(), atOnly);
                    out.add(problem(context, v, path, message, edit));
                }
            }
        }
    }

    /**
     * The verdicts by the first word of their spelling, so a text is read once for all of them:
     * only words that start with a first word's letter and have its length are looked up.
     */
    private static final class FirstWords {
        private final Map<String, List<NameVerdict>> byWord = new HashMap<>();
        private final List<NameVerdict> always = new ArrayList<>();
        private final boolean[] firstChar = new boolean[Character.MAX_VALUE + 1];
        private final java.util.BitSet lengths = new java.util.BitSet();

        FirstWords(List<NameVerdict> verdicts) {
            for (NameVerdict v : verdicts) {
                String w = firstWord(v.spelling());
                if (w.isEmpty()) {
                    always.add(v);
                } else {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(v);
                    firstChar[w.charAt(0)] = true;
                    lengths.set(w.length());
                }
            }
        }

        Set<NameVerdict> candidates(String text) {
            Set<NameVerdict> out = new LinkedHashSet<>(always);
            char[] c = text.toCharArray();
            int n = c.length;
            int i = 0;
            while (i < n) {
                while (i < n && !letterOrDigit(c[i])) {
                    i++;
                }
                int start = i;
                while (i < n && letterOrDigit(c[i])) {
                    i++;
                }
                if (i > start && firstChar[c[start]] && lengths.get(i - start)) {
                    List<NameVerdict> vs = byWord.get(text.substring(start, i));
                    if (vs != null) {
                        out.addAll(vs);
                    }
                }
            }
            return out;
        }
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** The spelling's leading run of letters and digits, or empty when it starts with something else. */
    static String firstWord(String spelling) {
        int i = 0;
        while (i < spelling.length() && letterOrDigit(spelling.charAt(i))) {
            i++;
        }
        return spelling.substring(0, i);
    }
}
