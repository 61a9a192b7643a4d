package dev.archivist.check.names;

import dev.archivist.model.BookArchive;
import dev.archivist.model.Edit;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;

/**
 * One person's name changed everywhere in a page, as pure edits: each {@code name} equal to the
 * old name, a raw name in {@code authors:} equal to it, and its mentions in the texts (and the
 * description). Each edit is whole-value and idempotent, so the edits compose with any other fix.
 */
public final class Rename {

    /** The edits of a rename, by what they change. */
    public record Plan(List<Edit> names, List<Edit> authors, List<Edit> texts) {
        public List<Edit> all() {
            List<Edit> out = new ArrayList<>(names);
            out.addAll(authors);
            out.addAll(texts);
            return out;
        }

        public boolean isEmpty() {
            return names.isEmpty() && authors.isEmpty() && texts.isEmpty();
        }
    }

    private Rename() {
    }

    /** Renames {@code from} to {@code to} in a page; every whole-word mention in texts follows. */
    public static Plan plan(YMapping root, String from, String to) {
        List<Edit> names = new ArrayList<>();
        List<Edit> texts = new ArrayList<>();
        for (BookArchive.Message t : BookArchive.of(root).threads()) {
            message(t, from, to, names, texts);
            for (BookArchive.Message r : t.replies()) {
                message(r, from, to, names, texts);
            }
        }
        String description = root.text("description");
        if (description != null && Mentions.mentions(description, from, to, false)) {
            texts.add(0, mentions(YamlPath.of("description"), from, to, false));
        }
        return new Plan(names, authors(root, from, to), texts);
    }

    private static void message(BookArchive.Message m, String from, String to, List<Edit> names, List<Edit> texts) {
        if (from.equals(m.name())) {
            names.add(name(m.path().key("name"), from, to));
        }
        if (m.text() != null && Mentions.mentions(m.text(), from, to, false)) {
            texts.add(mentions(m.path().key("text"), from, to, false));
        }
    }

    private static List<Edit> authors(YMapping root, String from, String to) {
        List<Edit> out = new ArrayList<>();
        YNode node = root.get("authors").orElse(null);
        if (node instanceof YSequence seq) {
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) instanceof YScalar s && s.value().equals(from)) {
                    out.add(name(YamlPath.of("authors", i), from, to));
                }
            }
        } else if (node instanceof YScalar s && s.value().equals(from)) {
            out.add(name(YamlPath.of("authors"), from, to));
        }
        return out;
    }

    /** Sets a name field that holds exactly the old name to the new one. */
    public static Edit.TextEdit name(YamlPath path, String from, String to) {
        return new Edit.TextEdit(path, v -> v.equals(from) ? to : v);
    }

    /** Replaces the mentions of the old name in a text (only {@code @from} when {@code atOnly}). */
    public static Edit.TextEdit mentions(YamlPath path, String from, String to, boolean atOnly) {
        return new Edit.TextEdit(path, v -> Mentions.replace(v, from, to, atOnly));
    }
}
