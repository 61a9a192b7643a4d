package dev.archivist.gui.threads;

import dev.archivist.edit.Archive;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YamlPath;
import java.util.List;

/**
 * What a gesture on the thread tree asks of the engine: a move of one message, with JSON Patch's
 * meaning (removed from {@code from}, then inserted at {@code to} in the tree that results). The
 * engine's move makes a thread dropped among replies a reply, followed by its own replies.
 */
record Moves(YamlPath from, YamlPath to) {

    /** Where a message lands when it moves one place up (-1) or down (+1); null when it cannot. */
    static Moves shift(YMapping root, MessagePlace p, int delta) {
        List<YNode> threads = Archive.threads(root);
        if (p.isThread()) {
            int to = p.thread() + delta;
            return to < 0 || to >= threads.size() ? null : new Moves(p.path(), MessagePlace.thread(to).path());
        }
        int to = p.reply() + delta;
        int size = Archive.replies(threads.get(p.thread())).size();
        // a reply never leaves its thread by a step: a drag or Turn Reply into Thread says where it goes
        return to >= 0 && to < size ? new Moves(p.path(), MessagePlace.reply(p.thread(), to).path()) : null;
    }

    /** Why {@link #shift} gave null, in words, for a reply; null for a thread at the top or bottom. */
    static String refusedShift(MessagePlace p, int delta) {
        if (p.isThread()) {
            return null;
        }
        return (delta < 0 ? "this is the first reply of its thread" : "this is the last reply of its thread")
                + ". To move it to another thread, drag it there, or use Turn Reply into Thread.";
    }

    /** A reply becomes a thread of its own, right after the thread it was in. */
    static Moves toThread(MessagePlace reply) {
        return new Moves(reply.path(), MessagePlace.thread(reply.thread() + 1).path());
    }

    /** True when the thread can become a reply: it has a thread before it. */
    static boolean canBecomeReply(MessagePlace p) {
        return p.isThread() && p.thread() > 0;
    }

    /** A thread becomes the last reply of the thread before it; its own replies follow it there. */
    static Moves toReply(YMapping root, MessagePlace thread) {
        int into = thread.thread() - 1;
        int at = Archive.replies(Archive.threads(root).get(into)).size();
        return new Moves(thread.path(), MessagePlace.reply(into, at).path());
    }

    /** What dropping a dragged message on a row does; null when nothing. */
    static Moves drop(YMapping root, MessagePlace dragged, MessagePlace target, Drop where) {
        if (root == null || dragged == null || target == null || dragged.equals(target)) {
            return null;
        }
        return dragged.isThread() ? threadDropped(root, dragged.thread(), target, where)
                : replyDropped(root, dragged, target, where);
    }

    private static Moves threadDropped(YMapping root, int from, MessagePlace target, Drop where) {
        if (!target.isThread() || target.thread() == from) {
            return null;
        }
        if (where == Drop.INTO) {
            int into = target.thread() > from ? target.thread() - 1 : target.thread();
            int at = Archive.replies(Archive.threads(root).get(target.thread())).size();
            return new Moves(MessagePlace.thread(from).path(), MessagePlace.reply(into, at).path());
        }
        int to = target.thread() + (where == Drop.AFTER ? 1 : 0);
        int adjusted = from < to ? to - 1 : to;
        return adjusted == from ? null : new Moves(MessagePlace.thread(from).path(), MessagePlace.thread(adjusted).path());
    }

    private static Moves replyDropped(YMapping root, MessagePlace reply, MessagePlace target, Drop where) {
        if (target.isThread()) {
            if (where == Drop.INTO) {
                int size = Archive.replies(Archive.threads(root).get(target.thread())).size();
                boolean same = target.thread() == reply.thread();
                return same && reply.reply() == size - 1 ? null
                        : new Moves(reply.path(), MessagePlace.reply(target.thread(), same ? size - 1 : size).path());
            }
            return new Moves(reply.path(), MessagePlace.thread(target.thread() + (where == Drop.AFTER ? 1 : 0)).path());
        }
        int to = target.reply() + (where == Drop.AFTER ? 1 : 0);
        if (target.thread() == reply.thread()) {
            int adjusted = reply.reply() < to ? to - 1 : to;
            return adjusted == reply.reply() ? null : new Moves(reply.path(), MessagePlace.reply(reply.thread(), adjusted).path());
        }
        return new Moves(reply.path(), MessagePlace.reply(target.thread(), to).path());
    }
}
