package dev.archivist.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The typed view of a book archive over a front matter tree. Every key it does not know stays
 * in the tree and is listed by {@link #otherKeys()}.
 */
public record BookArchive(
        String title,
        String description,
        String cover,
        String image,
        String start,
        String end,
        List<String> authors,
        List<Link> links,
        List<Message> threads,
        List<String> otherKeys) {

    public static final Set<String> KNOWN_KEYS =
            Set.of("title", "description", "cover", "image", "start", "end", "authors", "links", "archive");

    /** One entry of {@code links:}. */
    public record Link(String text, String link) {
    }

    /**
     * A thread or a reply: the poster's name, the Markdown text and (threads only) the replies.
     *
     * @param path where the message stands in the tree ({@code archive[2]} or {@code archive[2].replies[0]})
     */
    public record Message(YamlPath path, String name, String text, List<Message> replies) {
        public boolean isThread() {
            return path.segments().size() == 2;
        }
    }

    public static BookArchive of(YMapping root) {
        List<String> others = new ArrayList<>();
        for (YEntry e : root.entries()) {
            if (!KNOWN_KEYS.contains(e.name())) {
                others.add(e.name());
            }
        }
        return new BookArchive(
                root.text("title"), root.text("description"), root.text("cover"), root.text("image"),
                root.text("start"), root.text("end"),
                authors(root), links(root), threads(root), List.copyOf(others));
    }

    private static List<String> authors(YMapping root) {
        List<String> out = new ArrayList<>();
        root.get("authors").ifPresent(n -> {
            if (n instanceof YSequence seq) {
                for (YNode item : seq.items()) {
                    if (item instanceof YScalar s && !s.isNull()) {
                        out.add(s.value());
                    }
                }
            } else if (n instanceof YScalar s && !s.isNull()) {
                out.add(s.value());
            }
        });
        return out;
    }

    private static List<Link> links(YMapping root) {
        List<Link> out = new ArrayList<>();
        root.get("links").filter(YSequence.class::isInstance).ifPresent(n -> {
            for (YNode item : ((YSequence) n).items()) {
                if (item instanceof YMapping m) {
                    out.add(new Link(m.text("text"), m.text("link")));
                }
            }
        });
        return out;
    }

    private static List<Message> threads(YMapping root) {
        List<Message> out = new ArrayList<>();
        root.get("archive").filter(YSequence.class::isInstance).ifPresent(n -> {
            List<YNode> items = ((YSequence) n).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof YMapping m) {
                    YamlPath path = YamlPath.of("archive", i);
                    out.add(new Message(path, m.text("name"), m.text("text"), replies(m, path)));
                }
            }
        });
        return out;
    }

    private static List<Message> replies(YMapping thread, YamlPath threadPath) {
        List<Message> out = new ArrayList<>();
        thread.get("replies").filter(YSequence.class::isInstance).ifPresent(n -> {
            List<YNode> items = ((YSequence) n).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof YMapping m) {
                    YamlPath path = threadPath.key("replies").index(i);
                    out.add(new Message(path, m.text("name"), m.text("text"), List.of()));
                }
            }
        });
        return out;
    }
}
