package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.model.YamlPath;
import java.util.List;
import java.util.Optional;

/**
 * Where a message stands: a thread ({@code reply} is -1) or a reply of a thread.
 * Ordered as in the file.
 */
public record MessagePlace(int thread, int reply) implements Comparable<MessagePlace> {

    public static MessagePlace thread(int thread) {
        return new MessagePlace(thread, -1);
    }

    public static MessagePlace reply(int thread, int reply) {
        return new MessagePlace(thread, reply);
    }

    public boolean isThread() {
        return reply < 0;
    }

    public MessagePlace threadPlace() {
        return thread(thread);
    }

    public YamlPath path() {
        YamlPath t = YamlPath.of(Archive.ARCHIVE, thread);
        return isThread() ? t : t.key(Archive.REPLIES).index(reply);
    }

    /** The message a path points into ({@code archive[2].replies[0].text} gives reply 0 of thread 2). */
    public static Optional<MessagePlace> of(YamlPath path) {
        List<Object> s = path.segments();
        if (s.size() < 2 || !Archive.ARCHIVE.equals(s.get(0)) || !(s.get(1) instanceof Integer t)) {
            return Optional.empty();
        }
        if (s.size() >= 4 && Archive.REPLIES.equals(s.get(2)) && s.get(3) instanceof Integer r) {
            return Optional.of(reply(t, r));
        }
        return Optional.of(thread(t));
    }

    @Override
    public int compareTo(MessagePlace o) {
        return thread != o.thread ? Integer.compare(thread, o.thread) : Integer.compare(reply, o.reply);
    }

    @Override
    public String toString() {
        return path().toString();
    }
}
