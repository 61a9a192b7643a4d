package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the messages whose name or text holds a query, ignoring case and accents. Runs off the FX thread. */
public final class MessageSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private MessageSearch() {
    }

    /** The messages whose name or text matches; a thread whose replies match is not one of them unless it matches too. */
    public static Set<MessagePlace> find(YMapping root, String query) {
        String q = fold(query);
        Set<MessagePlace> out = new HashSet<>();
        List<YNode> threads = Archive.threads(root);
        for (int t = 0; t < threads.size(); t++) {
            YNode thread = threads.get(t);
            if (matches(thread, q)) {
                out.add(MessagePlace.thread(t));
            }
            List<YNode> replies = Archive.replies(thread);
            for (int r = 0; r < replies.size(); r++) {
                if (matches(replies.get(r), q)) {
                    out.add(MessagePlace.reply(t, r));
                }
            }
        }
        return out;
    }

    /** The threads that do not match but are shown because one of their replies does. */
    public static Set<MessagePlace> context(Set<MessagePlace> matches) {
        Set<MessagePlace> out = new HashSet<>();
        for (MessagePlace p : matches) {
            if (!p.isThread() && !matches.contains(MessagePlace.thread(p.thread()))) {
                out.add(MessagePlace.thread(p.thread()));
            }
        }
        return out;
    }

    private static boolean matches(YNode message, String q) {
        return fold(Archive.text(message, "name")).contains(q) || fold(Archive.text(message, "text")).contains(q);
    }

    /** Lower case without accents, so "maria" finds "María" and "isik" finds "Işık" (ı has no accent to drop). */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String base = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String lower = base.toLowerCase(Locale.ROOT);
        return ascii ? lower : lower.replace('\u0131', 'i');
    }
}
