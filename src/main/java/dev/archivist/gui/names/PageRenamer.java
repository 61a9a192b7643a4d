package dev.archivist.gui.names;

import dev.archivist.gui.threads.Archive;
import dev.archivist.gui.threads.Place;
import dev.archivist.model.Edit;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's rename: every message posted under the old name, a raw name in {@code authors:},
 * and whole-word mentions of a full name (two words or more) in texts outside code. Each edit is
 * whole-value and idempotent, so a rename composes with other fixes.
 */
public final class PageRenamer implements Renamer {

    @Override
    public List<Edit> rename(YMapping root, String from, String to) {
        List<Edit> out = new ArrayList<>();
        List<YNode> threads = Archive.threads(root);
        for (int t = 0; t < threads.size(); t++) {
            message(Place.thread(t).path(), threads.get(t), from, to, out);
            List<YNode> replies = Archive.replies(threads.get(t));
            for (int r = 0; r < replies.size(); r++) {
                message(Place.reply(t, r).path(), replies.get(r), from, to, out);
            }
        }
        YNode authors = root.get("authors").orElse(null);
        if (authors instanceof YSequence seq) {
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) instanceof YScalar s && s.value().equals(from)) {
                    out.add(name(YamlPath.of("authors", i), from, to));
                }
            }
        }
        return out;
    }

    private static void message(YamlPath path, YNode m, String from, String to, List<Edit> out) {
        if (Archive.text(m, "name").equals(from)) {
            out.add(name(path.key("name"), from, to));
        }
        // a new name holding the old one would be renamed again on every application
        if (from.strip().contains(" ") && !to.contains(from) && mentions(Archive.text(m, "text"), from)) {
            out.add(new Edit.TextEdit(path.key("text"), v -> replaceMentions(v, from, to)));
        }
    }

    static Edit name(YamlPath path, String from, String to) {
        return new Edit.TextEdit(path, v -> v.equals(from) ? to : v);
    }

    private static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])");
    }

    static boolean mentions(String text, String name) {
        return word(name).matcher(text).find();
    }

    /** Replaces whole-word mentions outside inline code and fenced blocks. */
    static String replaceMentions(String text, String from, String to) {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : text.split("(?<=\n)", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                out.append(line);
            } else if (fenced) {
                out.append(line);
            } else {
                out.append(outsideInlineCode(line, from, to));
            }
        }
        return out.toString();
    }

    private static String outsideInlineCode(String line, String from, String to) {
        String[] parts = line.split("`", -1);
        for (int i = 0; i < parts.length; i += 2) {
            Matcher m = word(from).matcher(parts[i]);
            parts[i] = m.replaceAll(Matcher.quoteReplacement(to));
        }
        return String.join("`", parts);
    }
}
