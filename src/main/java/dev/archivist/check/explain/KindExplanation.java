package dev.archivist.check.explain;

import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one kind of problem means, why it matters on the site, how it is fixed, and an example:
 * the text of {@code explain KIND} and of the editor's Problem Kinds window.
 *
 * @param summary one line
 * @param paragraphs what it means and why it matters
 * @param fixing how the fix is applied
 * @param fix the "Fix:" paragraph as written
 */
public record KindExplanation(Kind kind, String summary, List<String> paragraphs, Fixing fixing, String fix,
        Example example) {
    private static final int WIDTH = 78;

    /** How a kind's problems are fixed. */
    public enum Fixing {
        /** {@code fix} and the editor apply it without asking. */
        SAFE("safe"),
        /** Applied only when named: {@code fix --kinds KIND}, or the editor's Fix on the problem. */
        ON_REQUEST("on request"),
        /** Reported; a person decides (at most a suggestion is offered). */
        REPORTED("reported only");

        private final String label;

        Fixing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A page of a small site that shows the problem.
     *
     * @param page where the page lives, from the site root ({@code _books/20220321-example.md})
     * @param people the site's {@code _people} pages, id to title
     * @param before the page's front matter, showing the problem
     * @param after the front matter once fixed; null for a kind that is only reported
     */
    public record Example(String page, Map<String, String> people, String before, String after) {

        /** "a book, _books/20220321-example.md", and the people of the site when there are any. */
        public String where() {
            String where = "a " + PageKind.of(Path.of(page), null).label() + ", " + page;
            if (people.isEmpty()) {
                return where;
            }
            return where + ", in a site where " + people.entrySet().stream()
                    .map(p -> "_people/" + p.getKey() + ".md has the title \"" + p.getValue() + "\"")
                    .collect(Collectors.joining(" and "));
        }
    }

    /** The explanation as plain text, paragraphs wrapped for a terminal, the example's YAML indented. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(kind.id()).append(": ").append(kind.title()).append("\n\n");
        out.append(wrap(summary)).append("\n\n");
        for (String p : paragraphs) {
            out.append(wrap(p)).append("\n\n");
        }
        out.append(wrap(fix)).append("\n\n");
        out.append(wrap("Example on " + example.where() + ":")).append("\n\n");
        if (example.after() == null) {
            out.append("  Reported in:\n").append(indent(example.before()));
        } else {
            out.append("  Before:\n").append(indent(example.before())).append("\n");
            out.append("  After:\n").append(indent(example.after()));
        }
        return out.toString();
    }

    private static String indent(String yaml) {
        return yaml.lines().map(l -> l.isEmpty() ? "\n" : "    " + l + "\n").collect(Collectors.joining());
    }

    /** Words filled into lines of at most {@value #WIDTH} characters (a longer word stands alone). */
    static String wrap(String paragraph) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : paragraph.split(" +")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
