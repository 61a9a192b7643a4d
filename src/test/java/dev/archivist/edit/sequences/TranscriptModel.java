package dev.archivist.edit.sequences;

import dev.archivist.edit.sequences.Model.Invalid;
import dev.archivist.edit.sequences.Model.M;
import dev.archivist.edit.sequences.Model.MList;
import dev.archivist.edit.sequences.Model.MMap;
import dev.archivist.edit.sequences.Model.MScalar;
import dev.archivist.edit.sequences.Model.State;
import java.util.ArrayList;
import java.util.List;

/**
 * What the transcript's operations mean, written again apart from the engine, on the model's
 * nodes: the transcript is the list under {@code transcript}; a header is a map with a
 * {@code header} key, a line any other map; a section runs from its header to the next one.
 * Items are named by their index before the operation. Each returns the new state, the same
 * state when nothing changes, or throws {@link Invalid}.
 */
final class TranscriptModel {
    private static final List<String> KEY_ORDER = List.of("header", "line", "sec", "time", "who");

    private TranscriptModel() {
    }

    static State split(State s, int i, int at, Integer sec) {
        List<M> items = items(s);
        MMap line = line(items, i);
        MScalar text = text(line);
        String t = text.value();
        if (at <= 0 || at >= t.length() || t.substring(0, at).strip().isEmpty() || t.substring(at).strip().isEmpty()
                || Character.isLowSurrogate(t.charAt(at))) {
            throw new Invalid("split leaves an empty part");
        }
        MMap first = put(line, "line", new MScalar(Model.nextId(), text, "str", t.substring(0, at).stripTrailing()));
        List<String> keys = new ArrayList<>();
        List<M> values = new ArrayList<>();
        for (int k = 0; k < line.keys().size(); k++) {
            String key = line.keys().get(k);
            if (key.equals("line")) {
                keys.add(key);
                values.add(Model.str(t.substring(at).stripLeading()));
            } else if (key.equals("who")) {
                keys.add(key);
                values.add(copy(line.values().get(k)));
            }
        }
        MMap second = new MMap(Model.nextId(), null, keys, values);
        if (sec != null) {
            second = timed(second, sec);
        }
        items.set(i, first);
        items.add(i + 1, second);
        return with(s, items);
    }

    static State join(State s, int i) {
        List<M> items = items(s);
        MMap line = line(items, i);
        if (i == 0) {
            throw new Invalid("nothing before");
        }
        MMap previous = line(items, i - 1);
        if (!who(line).equals(who(previous))) {
            throw new Invalid("speakers differ");
        }
        MScalar a = text(previous);
        String x = a.value().stripTrailing();
        String y = text(line).value().stripLeading();
        String joined = x.isEmpty() ? y : y.isEmpty() ? x : x + " " + y;
        items.set(i - 1, put(previous, "line", new MScalar(Model.nextId(), a, "str", joined)));
        items.remove(i);
        return with(s, items);
    }

    static State moveLines(State s, int first, int count, int to) {
        List<M> items = items(s);
        if (count < 1 || to < 0 || to > items.size() || to > first && to < first + count) {
            throw new Invalid("no such move");
        }
        for (int k = first; k < first + count; k++) {
            line(items, k);
        }
        return moveRun(s, items, first, count, to);
    }

    static State moveLinesToSection(State s, int first, int count, int header) {
        List<M> items = items(s);
        header(items, header);
        return moveLines(s, first, count, nextHeader(items, header));
    }

    static State addSection(State s, int at, String header) {
        MMap h = new MMap(Model.nextId(), null, List.of("header"), List.of(Model.str(header)));
        if (!(s.root().get("transcript") instanceof MList) && at == 0) {
            return Model.insert(s, List.of("transcript", 0), h);
        }
        List<M> items = items(s);
        if (at < 0 || at > items.size()) {
            throw new Invalid("no place");
        }
        items.add(at, h);
        return with(s, items);
    }

    static State deleteSection(State s, int header) {
        List<M> items = items(s);
        header(items, header);
        items.subList(header, nextHeader(items, header)).clear();
        return with(s, items);
    }

    static State moveSection(State s, int header, int before) {
        List<M> items = items(s);
        header(items, header);
        if (before != items.size()) {
            header(items, before);
        }
        return moveRun(s, items, header, nextHeader(items, header) - header, before);
    }

    static State setTime(State s, int i, int sec) {
        List<M> items = items(s);
        MMap line = line(items, i);
        if (line.get("time") instanceof MScalar t && t.tag().equals("str") && t.value().equals(time(sec))
                && line.get("sec") instanceof MScalar x && x.tag().equals("int") && x.value().equals(Integer.toString(sec))) {
            return s;
        }
        items.set(i, timed(line, sec));
        return with(s, items);
    }

    /** m:ss under an hour, h:mm:ss from an hour on. */
    static String time(int sec) {
        if (sec < 0) {
            throw new Invalid("negative time");
        }
        int h = sec / 3600;
        int m = sec % 3600 / 60;
        int x = sec % 60;
        return h == 0 ? m + ":" + (x < 10 ? "0" : "") + x
                : h + ":" + (m < 10 ? "0" : "") + m + ":" + (x < 10 ? "0" : "") + x;
    }

    // helpers

    /** A new node with the same data (the new line's speaker is written afresh, not moved). */
    private static M copy(M n) {
        if (n instanceof MScalar x) {
            return new MScalar(Model.nextId(), null, x.tag(), x.value());
        }
        if (n instanceof MMap m) {
            return new MMap(Model.nextId(), null, m.keys(), m.values().stream().map(TranscriptModel::copy).toList());
        }
        return new MList(Model.nextId(), null, ((MList) n).items().stream().map(TranscriptModel::copy).toList());
    }

    private static MMap timed(MMap line, int sec) {
        M oldSec = line.get("sec");
        M oldTime = line.get("time");
        MMap out = put(line, "sec", new MScalar(Model.nextId(), oldSec, "int", Integer.toString(sec)));
        return put(out, "time", new MScalar(Model.nextId(), oldTime, "str", time(sec)));
    }

    private static State moveRun(State s, List<M> items, int first, int count, int to) {
        if (to >= first && to <= first + count) {
            return s;
        }
        List<M> run = new ArrayList<>(items.subList(first, first + count));
        items.subList(first, first + count).clear();
        items.addAll(to > first ? to - count : to, run);
        return with(s, items);
    }

    private static List<M> items(State s) {
        if (!(s.root().get("transcript") instanceof MList l)) {
            throw new Invalid("no transcript");
        }
        return new ArrayList<>(l.items());
    }

    private static State with(State s, List<M> items) {
        MList old = (MList) s.root().get("transcript");
        return Model.set(s, List.of("transcript"), new MList(Model.nextId(), old, items));
    }

    private static boolean isHeader(M item) {
        return item instanceof MMap m && m.keys().contains("header");
    }

    private static int nextHeader(List<M> items, int header) {
        int k = header + 1;
        while (k < items.size() && !isHeader(items.get(k))) {
            k++;
        }
        return k;
    }

    private static void header(List<M> items, int i) {
        if (i < 0 || i >= items.size() || !isHeader(items.get(i))) {
            throw new Invalid("not a header");
        }
    }

    private static MMap line(List<M> items, int i) {
        if (i < 0 || i >= items.size() || !(items.get(i) instanceof MMap m) || isHeader(m)) {
            throw new Invalid("not a line");
        }
        return m;
    }

    private static MScalar text(MMap line) {
        if (line.get("line") instanceof MScalar t && t.tag().equals("str")) {
            return t;
        }
        throw new Invalid("no text");
    }

    private static String who(MMap line) {
        return line.get("who") instanceof MScalar w && !w.isNull() ? w.value() : "";
    }

    /** A map with a key set: in its place, or where the site's key order puts a new one. */
    private static MMap put(MMap m, String key, M value) {
        List<String> keys = new ArrayList<>(m.keys());
        List<M> values = new ArrayList<>(m.values());
        int i = keys.indexOf(key);
        if (i >= 0) {
            values.set(i, value);
        } else {
            int at = keys.size();
            for (int k = keys.size() - 1; k >= 0; k--) {
                if (KEY_ORDER.indexOf(keys.get(k)) > KEY_ORDER.indexOf(key)) {
                    at = k;
                }
            }
            keys.add(at, key);
            values.add(at, value);
        }
        return new MMap(Model.nextId(), m, keys, values);
    }
}
