package dev.archivist.render;

import dev.archivist.model.BookArchive.Message;
import dev.archivist.site.Site;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The "Questions and Answers" part of the page: threads with their replies indented below. */
final class ThreadRenderer {

    /** Below this many threads, a range is rendered on the calling thread alone. */
    private static final int PARALLEL_FROM = 32;

    private final SiteMarkdown markdown;

    ThreadRenderer(SiteMarkdown markdown) {
        this.markdown = markdown;
    }

    /** One thread as an {@code <article id="thread-INDEX">}; replies get {@code thread-INDEX-reply-N}. */
    String thread(Message thread, int index, Site site) {
        String id = "thread-" + index;
        StringBuilder html = new StringBuilder(1024);
        html.append("<article class=\"thread\" id=\"").append(id).append("\">\n");
        message(html, thread, null, site);
        List<Message> replies = thread.replies() == null ? List.of() : thread.replies();
        if (!replies.isEmpty()) {
            html.append("<div class=\"replies\">\n");
            for (int r = 0; r < replies.size(); r++) {
                message(html, replies.get(r), id + "-reply-" + r, site);
            }
            html.append("</div>\n");
        }
        return html.append("</article>\n").toString();
    }

    /** Threads {@code from} (inclusive) to {@code to} (exclusive), clamped to the list, in order. */
    String range(List<Message> threads, int from, int to, Site site) {
        int start = Math.max(0, from);
        int end = Math.min(threads.size(), to);
        if (start >= end) {
            return "";
        }
        IntStream indexes = IntStream.range(start, end);
        if (end - start >= PARALLEL_FROM) {
            indexes = indexes.parallel();
        }
        return indexes.mapToObj(i -> thread(threads.get(i), i, site)).collect(Collectors.joining());
    }

    private void message(StringBuilder html, Message message, String id, Site site) {
        html.append(id == null ? "<div class=\"message\">" : "<div class=\"message reply\" id=\"" + id + "\">");
        html.append("<p class=\"name\"><strong>").append(Html.plain(message.name())).append("</strong></p>\n");
        String text = markdown.text(message.text(), site);
        if (!text.isEmpty()) {
            html.append("<div class=\"text\">\n").append(text).append("</div>\n");
        }
        html.append("</div>\n");
    }
}
