package dev.archivist.render;

import dev.archivist.model.BookArchive.Message;
import dev.archivist.site.Site;
import java.util.List;

/** The "Questions and Answers" part of the page: threads with their replies indented below. */
final class ThreadRenderer {
    private final SiteMarkdown markdown;

    ThreadRenderer(SiteMarkdown markdown) {
        this.markdown = markdown;
    }

    /** One thread as an {@code <article id="thread-INDEX">}; replies get {@code thread-INDEX-reply-N}. */
    String thread(Message thread, int index, Site site) {
        return markdown.render(tree(thread, index, site));
    }

    /** Threads {@code from} (inclusive) to {@code to} (exclusive), clamped to the list, in order. */
    String range(List<Message> threads, int from, int to, Site site) {
        Fragment all = new Fragment("", "");
        for (int i = Math.max(0, from); i < Math.min(threads.size(), to); i++) {
            all.appendChild(tree(threads.get(i), i, site));
        }
        return markdown.render(all);
    }

    private Fragment tree(Message thread, int index, Site site) {
        String id = "thread-" + index;
        Fragment article = new Fragment("<article class=\"thread\" id=\"" + id + "\">\n", "</article>\n");
        article.appendChild(message(thread, null, site));
        List<Message> replies = thread.replies() == null ? List.of() : thread.replies();
        if (!replies.isEmpty()) {
            Fragment list = new Fragment("<div class=\"replies\">\n", "</div>\n");
            for (int r = 0; r < replies.size(); r++) {
                list.appendChild(message(replies.get(r), id + "-reply-" + r, site));
            }
            article.appendChild(list);
        }
        return article;
    }

    private Fragment message(Message message, String id, Site site) {
        String open = id == null ? "<div class=\"message\">" : "<div class=\"message reply\" id=\"" + id + "\">";
        Fragment div = new Fragment(open + "<p class=\"name\"><strong>" + Html.plain(message.name())
                + "</strong></p>\n", "</div>\n");
        Fragment text = markdown.textTree(message.text(), site, "<div class=\"text\">\n", "</div>\n");
        if (text != null) {
            div.appendChild(text);
        }
        return div;
    }
}
