package dev.archivist.model;

import java.util.ArrayList;
import java.util.List;

/** A sequence, block ({@code - item}) or flow ({@code [a, b]}). */
public record YSequence(List<YNode> items, boolean flow, Span span) implements YNode {

    public YSequence {
        items = List.copyOf(items);
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
        return new YSequence(copy, flow, null);
    }

    public YSequence inserting(int index, YNode item) {
        List<YNode> copy = new ArrayList<>(items);
        copy.add(index, item);
        return new YSequence(copy, flow, null);
    }

    public YSequence removing(int index) {
        List<YNode> copy = new ArrayList<>(items);
        copy.remove(index);
        return new YSequence(copy, flow, null);
    }

    @Override
    public YSequence detached() {
        return span == null ? this : new YSequence(items, flow, null);
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
