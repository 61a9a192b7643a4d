package dev.archivist.edit.sequences;

import dev.archivist.edit.sequences.Model.M;
import dev.archivist.edit.sequences.Model.MList;
import dev.archivist.edit.sequences.Model.MMap;
import dev.archivist.edit.sequences.Model.MScalar;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The next transcript step of a random sequence on an episode: split and join lines, move runs of
 * lines, add, delete and move sections, set times, edit a line's text, speaker or time as plain
 * values, and now and then one of these that cannot be done.
 */
final class TranscriptActs {
    private static final List<String> HEADERS = List.of("Introduction", "Q&A: part 2", "yes", "Career \u2014 caf\u00e9", "1:00");

    private final Random rnd;

    TranscriptActs(Random rnd) {
        this.rnd = rnd;
    }

    Act next(MList transcript) {
        List<M> items = transcript.items();
        List<Integer> headers = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (isHeader(items.get(i)) ? headers : lines).add(i);
        }
        int r = rnd.nextInt(100);
        if (r < 18 && !lines.isEmpty()) {
            return split(items, pick(lines));
        }
        if (r < 32) {
            return join(items, lines);
        }
        if (r < 52 && !lines.isEmpty()) {
            return moveLines(items, headers, pick(lines));
        }
        if (r < 59) {
            return new Act.AddSection(at(rnd.nextInt(items.size() + (rnd.nextInt(10) == 0 ? 2 : 1))),
                    HEADERS.get(rnd.nextInt(HEADERS.size())));
        }
        if (r < 62) {
            return new Act.DeleteSection(at(headers.isEmpty() || rnd.nextInt(8) == 0 ? rnd.nextInt(items.size()) : pick(headers)));
        }
        if (r < 72 && !headers.isEmpty()) {
            int h = pick(headers);
            YamlPath before = rnd.nextInt(3) == 0 ? null : at(rnd.nextInt(8) == 0 ? rnd.nextInt(items.size()) : pick(headers));
            return new Act.MoveSection(at(h), before);
        }
        if (r < 88 && !lines.isEmpty()) {
            int sec = switch (rnd.nextInt(3)) {
                case 0 -> 3590 + rnd.nextInt(20);
                case 1 -> rnd.nextInt(9000);
                default -> rnd.nextInt(40000);
            };
            return new Act.SetTime(at(lines.isEmpty() || rnd.nextInt(10) == 0 ? rnd.nextInt(items.size()) : pick(lines)), sec);
        }
        if (lines.isEmpty()) {
            return new Act.Join(at(rnd.nextInt(items.size() + 1)));
        }
        int line = pick(lines);
        return switch (rnd.nextInt(4)) {
            case 0 -> new Act.Set(YamlPath.of("transcript", line, "who"), Values.name(rnd));
            case 1 -> new Act.Set(YamlPath.of("transcript", line, "time"), List.of("1:23", "0:45", "1:02:03", "yes").get(rnd.nextInt(4)));
            default -> new Act.Set(YamlPath.of("transcript", line, "line"), Values.text(rnd));
        };
    }

    private Act split(List<M> items, int i) {
        String text = items.get(i) instanceof MMap m && m.get("line") instanceof MScalar s ? s.value() : "";
        List<Integer> blanks = new ArrayList<>();
        for (int k = 1; k < text.length() - 1; k++) {
            if (text.charAt(k) == ' ') {
                blanks.add(k + (rnd.nextBoolean() ? 1 : 0));
            }
        }
        int r = rnd.nextInt(10);
        int at = r < 7 && !blanks.isEmpty() ? pick(blanks) : r < 9 ? rnd.nextInt(text.length() + 1) : rnd.nextBoolean() ? 0 : text.length();
        Integer sec = rnd.nextBoolean() ? null : rnd.nextInt(8000);
        return new Act.Split(at(i), at, sec);
    }

    /** Mostly a line whose previous line has the same speaker, so the join can be done. */
    private Act join(List<M> items, List<Integer> lines) {
        List<Integer> joinable = new ArrayList<>();
        for (int i : lines) {
            if (i > 0 && !isHeader(items.get(i - 1)) && who(items.get(i)).equals(who(items.get(i - 1)))) {
                joinable.add(i);
            }
        }
        return new Act.Join(at(!joinable.isEmpty() && rnd.nextInt(4) > 0 ? pick(joinable) : rnd.nextInt(items.size() + 1)));
    }

    /** A run of up to four lines from {@code first}, to a section's end or before an item. */
    private Act moveLines(List<M> items, List<Integer> headers, int first) {
        int run = 0;
        while (first + run < items.size() && !isHeader(items.get(first + run))) {
            run++;
        }
        int count = rnd.nextInt(12) == 0 ? run + 1 : 1 + rnd.nextInt(Math.min(4, run));
        if (!headers.isEmpty() && rnd.nextBoolean()) {
            return new Act.MoveLines(at(first), count, at(pick(headers)), null);
        }
        return new Act.MoveLines(at(first), count, null, at(rnd.nextInt(items.size() + 1)));
    }

    private static boolean isHeader(M item) {
        return item instanceof MMap m && m.keys().contains("header");
    }

    private static String who(M item) {
        return item instanceof MMap m && m.get("who") instanceof MScalar s && !s.isNull() ? s.value() : "";
    }

    private static YamlPath at(int i) {
        return YamlPath.of("transcript", i);
    }

    private int pick(List<Integer> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
