package dev.archivist.gui.threads;

import dev.archivist.model.YMapping;

/** What dropping a dragged message on a row does, as a structural edit (null when nothing). */
final class Drops {

    private Drops() {
    }

    static ThreadEdits.Result result(YMapping root, Place dragged, Place target, Drop where) {
        if (root == null || dragged == null || target == null || dragged.equals(target)) {
            return null;
        }
        if (dragged.isThread()) {
            return threadDropped(root, dragged.thread(), target, where);
        }
        return replyDropped(root, dragged, target, where);
    }

    private static ThreadEdits.Result threadDropped(YMapping root, int from, Place target, Drop where) {
        if (!target.isThread() || target.thread() == from) {
            return null;
        }
        if (where == Drop.INTO) {
            int size = Archive.replies(Archive.threads(root).get(target.thread())).size();
            return ThreadEdits.threadInto(root, from, target.thread(), size);
        }
        int to = target.thread() + (where == Drop.AFTER ? 1 : 0);
        int adjusted = from < to ? to - 1 : to;
        return adjusted == from ? null : ThreadEdits.moveThread(root, from, adjusted);
    }

    private static ThreadEdits.Result replyDropped(YMapping root, Place reply, Place target, Drop where) {
        if (target.isThread()) {
            if (where == Drop.INTO) {
                int size = Archive.replies(Archive.threads(root).get(target.thread())).size();
                boolean same = target.thread() == reply.thread();
                return same && reply.reply() == size - 1 ? null
                        : ThreadEdits.moveReply(root, reply, target.thread(), same ? size - 1 : size);
            }
            return ThreadEdits.replyToThreadAt(root, reply, target.thread() + (where == Drop.AFTER ? 1 : 0));
        }
        int to = target.reply() + (where == Drop.AFTER ? 1 : 0);
        if (target.thread() == reply.thread()) {
            int adjusted = reply.reply() < to ? to - 1 : to;
            return adjusted == reply.reply() ? null : ThreadEdits.moveReply(root, reply, target.thread(), adjusted);
        }
        return ThreadEdits.moveReply(root, reply, target.thread(), to);
    }
}
