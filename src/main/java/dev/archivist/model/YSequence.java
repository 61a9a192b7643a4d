package dev.archivist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sequence, block ({@code - item}) or flow ({@code [a, b]}).
 *
 * @param tag its explicit tag ({@code omap}, {@code pairs}, {@code !foo}, a tag URI), or null for a plain sequence
 */
public record YSequence(List<YNode> items, boolean flow, Span span, String tag) implements YNode {

    public YSequence {
        items = List.copyOf(items);
    }

    /** A sequence without an explicit tag. */
    public YSequence(List<YNode> items, boolean flow, Span span) {
        this(items, flow, span, null);
    }

    public static YSequence of(List<? extends YNode> items) {
        return new YSequence(List.copyOf(items), false, null);
    }

    public YNode get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public YSequence with(int index, YNode item) {
        List<YNode> copy = new ArrayList<>(items);
        copy.set(index, item);
        return withItems(copy);
    }

    public YSequence inserting(int index, YNode item) {
        List<YNode> copy = new ArrayList<>(items);
        copy.add(index, item);
        return withItems(copy);
    }

    public YSequence removing(int index) {
        List<YNode> copy = new ArrayList<>(items);
        copy.remove(index);
        return withItems(copy);
    }

    /** The same sequence (style and tag) with other items, made by an edit (no span). */
    public YSequence withItems(List<? extends YNode> newItems) {
        return new YSequence(List.copyOf(newItems), flow, null, tag);
    }

    @Override
    public YSequence detached() {
        return span == null ? this : new YSequence(items, flow, null, tag);
    }

    @Override
    public Object toData() {
        List<Object> list = new ArrayList<>(items.size());
        for (YNode n : items) {
            list.add(n.toData());
        }
        return list;
    }
}
