package dev.archivist.edit;

import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.util.List;

/** Reading and rebuilding the {@code archive} list of threads and their replies in a front matter tree. */
public final class Archive {
    public static final String ARCHIVE = "archive";
    public static final String REPLIES = "replies";

    private Archive() {
    }

    /** True for the path of a thread: {@code archive[3]}. */
    public static boolean isThread(YamlPath path) {
        List<Object> s = path.segments();
        return s.size() == 2 && ARCHIVE.equals(s.get(0)) && s.get(1) instanceof Integer;
    }

    /** True for the path of a reply: {@code archive[3].replies[1]}. */
    public static boolean isReply(YamlPath path) {
        List<Object> s = path.segments();
        return s.size() == 4 && ARCHIVE.equals(s.get(0)) && s.get(1) instanceof Integer && REPLIES.equals(s.get(2))
                && s.get(3) instanceof Integer;
    }

    /** The threads (mappings and anything else the list holds), or an empty list. */
    public static List<YNode> threads(YMapping root) {
        return root.get(ARCHIVE).filter(YSequence.class::isInstance).map(n -> ((YSequence) n).items()).orElse(List.of());
    }


    public static List<YNode> replies(YNode thread) {
        if (thread instanceof YMapping m) {
            return m.get(REPLIES).filter(YSequence.class::isInstance).map(n -> ((YSequence) n).items()).orElse(List.of());
        }
        return List.of();
    }

    public static YMapping withThreads(YMapping root, List<YNode> threads) {
        YNode old = root.get(ARCHIVE).orElse(null);
        return root.with(ARCHIVE, sequence(old, threads));
    }

    /** The thread with new replies; a thread without a {@code replies} key gets one. */
    public static YMapping withReplies(YMapping thread, List<YNode> replies) {
        return thread.with(REPLIES, sequence(thread.get(REPLIES).orElse(null), replies));
    }

    /**
     * A sequence holding the items in the old one's style: an empty list is written {@code []}
     * (the way PyYAML writes a thread without replies), a list that gains items becomes a block.
     */
    public static YSequence sequence(YNode old, List<YNode> items) {
        if (old instanceof YSequence s && sameItems(s.items(), items)) {
            return s;
        }
        boolean flow = items.isEmpty() || (old instanceof YSequence s && s.flow() && !s.items().isEmpty());
        return new YSequence(items, flow, null, old instanceof YSequence s ? s.tag() : null);
    }

    private static boolean sameItems(List<YNode> a, List<YNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A new, empty thread. */
    public static YMapping newThread() {
        return YMapping.of(List.of(
                new dev.archivist.model.YEntry(YScalar.str("name"), YScalar.str("")),
                new dev.archivist.model.YEntry(YScalar.str("text"), YScalar.str("")),
                new dev.archivist.model.YEntry(YScalar.str(REPLIES), new YSequence(List.of(), true, null))));
    }

    /** A new, empty reply. */
    public static YMapping newReply() {
        return YMapping.of(List.of(
                new dev.archivist.model.YEntry(YScalar.str("name"), YScalar.str("")),
                new dev.archivist.model.YEntry(YScalar.str("text"), YScalar.str(""))));
    }

    /** The text of a key of a message, or the empty string. */
    public static String text(YNode message, String key) {
        if (message instanceof YMapping m) {
            String t = m.text(key);
            return t == null ? "" : t;
        }
        return "";
    }
}
