package dev.archivist.gui.threads;

import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The structural edits of the thread tree as pure functions on a front matter tree: add,
 * delete, move, turn a reply into a thread and back, merge. Moved messages keep their source
 * spans, so the patcher copies their lines as they were.
 */
public final class ThreadEdits {

    /** The tree after an edit and the message to select. */
    public record Result(YMapping root, Place select) {
    }

    private ThreadEdits() {
    }

    public static Result addThread(YMapping root, int at) {
        List<YNode> threads = new ArrayList<>(Archive.threads(root));
        int i = Math.max(0, Math.min(at, threads.size()));
        threads.add(i, Archive.newThread());
        return new Result(Archive.withThreads(root, threads), Place.thread(i));
    }

    public static Result addReply(YMapping root, int thread, int at) {
        YMapping t = thread(root, thread);
        List<YNode> replies = new ArrayList<>(Archive.replies(t));
        int i = Math.max(0, Math.min(at, replies.size()));
        replies.add(i, Archive.newReply());
        return new Result(setThread(root, thread, Archive.withReplies(t, replies)), Place.reply(thread, i));
    }

    /** Deletes messages (a thread goes with its replies); selects what stands where the first one was. */
    public static Result delete(YMapping root, List<Place> places) {
        List<Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.reverseOrder());
        YMapping out = root;
        for (Place p : sorted) {
            if (p.isThread() || places.contains(p.threadPlace())) {
                if (p.isThread()) {
                    List<YNode> threads = new ArrayList<>(Archive.threads(out));
                    threads.remove(p.thread());
                    out = Archive.withThreads(out, threads);
                }
            } else {
                YMapping t = thread(out, p.thread());
                List<YNode> replies = new ArrayList<>(Archive.replies(t));
                replies.remove(p.reply());
                out = setThread(out, p.thread(), Archive.withReplies(t, replies));
            }
        }
        return new Result(out, nearest(out, sorted.get(sorted.size() - 1)));
    }

    private static Place nearest(YMapping root, Place first) {
        int threads = Archive.threads(root).size();
        if (threads == 0) {
            return null;
        }
        if (first.isThread()) {
            return Place.thread(Math.min(first.thread(), threads - 1));
        }
        int replies = Archive.replies(Archive.threads(root).get(first.thread())).size();
        return replies == 0 ? first.threadPlace() : Place.reply(first.thread(), Math.min(first.reply(), replies - 1));
    }

    /**
     * Moves a message one place up (-1) or down (+1) among its siblings; a reply at the end of
     * its thread moves on into the next thread (or the previous one), so the keyboard can carry a
     * reply anywhere. Null when it cannot move.
     */
    public static Result shift(YMapping root, Place p, int delta) {
        int threads = Archive.threads(root).size();
        if (p.isThread()) {
            int to = p.thread() + delta;
            return to < 0 || to >= threads ? null : moveThread(root, p.thread(), to);
        }
        int to = p.reply() + delta;
        int size = Archive.replies(thread(root, p.thread())).size();
        if (to >= 0 && to < size) {
            return moveReply(root, p, p.thread(), to);
        }
        int next = p.thread() + delta;
        if (next < 0 || next >= threads || !(Archive.threads(root).get(next) instanceof YMapping)) {
            return null;
        }
        int at = delta < 0 ? Archive.replies(Archive.threads(root).get(next)).size() : 0;
        return moveReply(root, p, next, at);
    }

    /** Whether {@link #shift} would move the place, decided from indexes alone (no tree is built). */
    public static boolean canShift(YMapping root, Place p, int delta) {
        int threads = Archive.threads(root).size();
        if (p.isThread()) {
            int to = p.thread() + delta;
            return to >= 0 && to < threads;
        }
        int to = p.reply() + delta;
        if (to >= 0 && to < Archive.replies(thread(root, p.thread())).size()) {
            return true;
        }
        int next = p.thread() + delta;
        return next >= 0 && next < threads && Archive.threads(root).get(next) instanceof YMapping;
    }

    /** Moves a thread to index {@code to} of the list without it. */
    public static Result moveThread(YMapping root, int from, int to) {
        List<YNode> threads = new ArrayList<>(Archive.threads(root));
        YNode t = threads.remove(from);
        int i = Math.max(0, Math.min(to, threads.size()));
        threads.add(i, t);
        return new Result(Archive.withThreads(root, threads), Place.thread(i));
    }

    /** Moves a reply to index {@code to} of a thread's replies (counted without the moved reply). */
    public static Result moveReply(YMapping root, Place reply, int toThread, int to) {
        YMapping from = thread(root, reply.thread());
        List<YNode> replies = new ArrayList<>(Archive.replies(from));
        YNode moved = replies.remove(reply.reply());
        YMapping out = setThread(root, reply.thread(), Archive.withReplies(from, replies));
        YMapping target = thread(out, toThread);
        List<YNode> into = new ArrayList<>(Archive.replies(target));
        int i = Math.max(0, Math.min(to, into.size()));
        into.add(i, moved);
        return new Result(setThread(out, toThread, Archive.withReplies(target, into)), Place.reply(toThread, i));
    }

    /** A reply becomes a thread of its own, right after the thread it was in. */
    public static Result replyToThread(YMapping root, Place reply) {
        YMapping from = thread(root, reply.thread());
        List<YNode> replies = new ArrayList<>(Archive.replies(from));
        YNode moved = replies.remove(reply.reply());
        YMapping out = setThread(root, reply.thread(), Archive.withReplies(from, replies));
        YMapping asThread = moved instanceof YMapping m ? Archive.withReplies(m, List.of()) : Archive.newThread();
        List<YNode> threads = new ArrayList<>(Archive.threads(out));
        threads.add(reply.thread() + 1, asThread);
        return new Result(Archive.withThreads(out, threads), Place.thread(reply.thread() + 1));
    }

    /** True when the thread can become a reply: it has a thread before it. */
    public static boolean canBecomeReply(Place p) {
        return p.isThread() && p.thread() > 0;
    }

    /** A thread becomes the last reply of the thread before it; its own replies follow it there. */
    public static Result threadToReply(YMapping root, Place threadPlace) {
        return merge(root, List.of(threadPlace.thread() - 1, threadPlace.thread()));
    }

    /**
     * Merges threads into the first of them: each other thread becomes a reply, followed by its
     * own replies, in file order.
     */
    public static Result merge(YMapping root, List<Integer> threadIndexes) {
        List<Integer> order = threadIndexes.stream().distinct().sorted().toList();
        int into = order.get(0);
        List<YNode> threads = new ArrayList<>(Archive.threads(root));
        YMapping target = (YMapping) threads.get(into);
        List<YNode> replies = new ArrayList<>(Archive.replies(target));
        int firstMoved = replies.size();
        for (int i : order.subList(1, order.size())) {
            YNode t = threads.get(i);
            replies.add(t instanceof YMapping m ? m.without(Archive.REPLIES) : t);
            replies.addAll(Archive.replies(t));
        }
        threads.set(into, Archive.withReplies(target, replies));
        for (int k = order.size() - 1; k >= 1; k--) {
            threads.remove((int) order.get(k));
        }
        Place select = order.size() > 1 ? Place.reply(into, firstMoved) : Place.thread(into);
        return new Result(Archive.withThreads(root, threads), select);
    }

    /**
     * Thread {@code from} becomes reply {@code at} of thread {@code into}, its own replies
     * following it there.
     */
    public static Result threadInto(YMapping root, int from, int into, int at) {
        List<YNode> threads = new ArrayList<>(Archive.threads(root));
        YNode moved = threads.get(from);
        YMapping target = (YMapping) threads.get(into);
        List<YNode> replies = new ArrayList<>(Archive.replies(target));
        int i = Math.max(0, Math.min(at, replies.size()));
        List<YNode> incoming = new ArrayList<>();
        incoming.add(moved instanceof YMapping m ? m.without(Archive.REPLIES) : moved);
        incoming.addAll(Archive.replies(moved));
        replies.addAll(i, incoming);
        threads.set(into, Archive.withReplies(target, replies));
        threads.remove(from);
        int newInto = from < into ? into - 1 : into;
        return new Result(Archive.withThreads(root, threads), Place.reply(newInto, i));
    }

    /** A reply becomes a thread at index {@code at} of the threads (counted before the move). */
    public static Result replyToThreadAt(YMapping root, Place reply, int at) {
        Result r = replyToThread(root, reply);
        // without the new thread the list is the original one, so the original index holds
        return moveThread(r.root(), r.select().thread(), at);
    }

    static YMapping thread(YMapping root, int index) {
        YNode t = Archive.threads(root).get(index);
        if (t instanceof YMapping m) {
            return m;
        }
        throw new IllegalArgumentException("thread " + (index + 1) + " is not a mapping");
    }

    static YMapping setThread(YMapping root, int index, YMapping thread) {
        List<YNode> threads = new ArrayList<>(Archive.threads(root));
        threads.set(index, thread);
        return Archive.withThreads(root, threads);
    }
}
