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
 * The next step of a random sequence, picked from what the page holds now: the editor's everyday
 * operations on threads, replies, transcript lines and links, fixes and renames, undo and redo,
 * saves, and now and then an operation that cannot be done; on an episode, a third of the steps
 * are the transcript's own operations ({@link TranscriptActs}).
 */
final class Generator {
    private static final List<List<String>> FIXES = List.of(List.of(), List.of("encoding"),
            List.of("encoding.escaped-unicode"), List.of("links"), List.of("links.tracking-params"),
            List.of("encoding.html-entity"), List.of("format"), List.of("names"), List.of("content"),
            List.of("links.url-as-text", "encoding.emoji-shortcode"));

    private final Random rnd;
    private final TranscriptActs transcript;

    Generator(Random rnd) {
        this.rnd = rnd;
        this.transcript = new TranscriptActs(rnd);
    }

    Act next(M root) {
        // an episode: a third of the steps are the transcript's own operations
        if (Model.find(root, List.of("transcript")) instanceof MList t && !t.items().isEmpty() && rnd.nextInt(3) == 0) {
            return transcript.next(t);
        }
        int r = rnd.nextInt(100);
        List<Integer> threads = indexes(Model.find(root, List.of("archive")));
        if (r < 22) {
            return set(root, threads);
        }
        if (r < 32) {
            return insert(root, threads);
        }
        if (r < 39) {
            return delete(root, threads);
        }
        if (r < 55) {
            return move(root, threads);
        }
        if (r < 58 && threads.size() >= 3) {
            List<Integer> pick = new ArrayList<>(threads);
            java.util.Collections.shuffle(pick, rnd);
            return new Act.Merge(pick.subList(0, 2 + rnd.nextInt(2)));
        }
        if (r < 66) {
            return new Act.Fix(FIXES.get(rnd.nextInt(FIXES.size())));
        }
        if (r < 68) {
            return rename(root, threads);
        }
        if (r < 71) {
            return replace(root);
        }
        if (r < 78) {
            return new Act.Undo();
        }
        if (r < 82) {
            return new Act.Redo();
        }
        if (r < 97) {
            return new Act.Save();
        }
        return impossible(threads);
    }

    private Act set(M root, List<Integer> threads) {
        List<List<Object>> scalars = new ArrayList<>();
        collect(root, new ArrayList<>(), scalars);
        if (!threads.isEmpty() && rnd.nextInt(3) > 0) {
            int t = pick(threads);
            List<Object> message = rnd.nextBoolean() || replies(root, t) == 0 ? List.of("archive", t)
                    : List.of("archive", t, "replies", rnd.nextInt(replies(root, t)));
            if (Model.find(root, message) instanceof MMap) {
                List<Object> path = new ArrayList<>(message);
                path.add(rnd.nextInt(4) == 0 ? "name" : rnd.nextInt(10) == 0 ? "note" : "text");
                return new Act.Set(new YamlPath(path), rnd.nextInt(5) == 0 ? Values.name(rnd) : Values.any(rnd));
            }
        }
        if (scalars.isEmpty() || rnd.nextInt(12) == 0) {
            return new Act.Set(YamlPath.of("note"), Values.any(rnd));
        }
        return new Act.Set(new YamlPath(scalars.get(rnd.nextInt(scalars.size()))), Values.any(rnd));
    }

    private Act insert(M root, List<Integer> threads) {
        int r = rnd.nextInt(10);
        if (r < 5 || threads.isEmpty()) {
            return new Act.Insert(YamlPath.of("archive", rnd.nextInt(threads.size() + 1)), Values.message(rnd));
        }
        if (r < 8) {
            int t = pick(threads);
            return new Act.Insert(YamlPath.of("archive", t, "replies", rnd.nextInt(replies(root, t) + 1)), Values.message(rnd));
        }
        List<List<Object>> lists = new ArrayList<>();
        collectLists(root, new ArrayList<>(), lists);
        if (lists.isEmpty()) {
            return new Act.Insert(YamlPath.of("extra"), Values.any(rnd));
        }
        List<Object> list = lists.get(rnd.nextInt(lists.size()));
        List<Object> path = new ArrayList<>(list);
        path.add(rnd.nextInt(((MList) Model.find(root, list)).items().size() + 1));
        return new Act.Insert(new YamlPath(path), Values.any(rnd));
    }

    private Act delete(M root, List<Integer> threads) {
        int r = rnd.nextInt(10);
        if (r < 5 && !threads.isEmpty()) {
            return new Act.Delete(YamlPath.of("archive", pick(threads)));
        }
        if (r < 8 && !threads.isEmpty()) {
            int t = pick(threads);
            if (replies(root, t) > 0) {
                return new Act.Delete(YamlPath.of("archive", t, "replies", rnd.nextInt(replies(root, t))));
            }
        }
        List<List<Object>> lists = new ArrayList<>();
        collectLists(root, new ArrayList<>(), lists);
        lists.removeIf(l -> ((MList) Model.find(root, l)).items().isEmpty());
        if (lists.isEmpty()) {
            return new Act.Delete(YamlPath.of("title"));
        }
        List<Object> list = lists.get(rnd.nextInt(lists.size()));
        List<Object> path = new ArrayList<>(list);
        path.add(rnd.nextInt(((MList) Model.find(root, list)).items().size()));
        return new Act.Delete(new YamlPath(path));
    }

    private Act move(M root, List<Integer> threads) {
        int n = threads.size();
        int r = rnd.nextInt(10);
        if (n >= 2 && r < 3) {
            return new Act.Move(YamlPath.of("archive", pick(threads)), YamlPath.of("archive", rnd.nextInt(n)));
        }
        if (n >= 2 && r < 6) {
            int from = pick(threads);
            // the target is counted in the archive without the moved thread
            int into = rnd.nextInt(n - 1);
            int target = into >= from ? into + 1 : into;
            return new Act.Move(YamlPath.of("archive", from),
                    YamlPath.of("archive", into, "replies", rnd.nextInt(replies(root, target) + 1)));
        }
        List<Integer> withReplies = threads.stream().filter(t -> replies(root, t) > 0).toList();
        if (!withReplies.isEmpty() && r < 8) {
            int t = pick(withReplies);
            YamlPath reply = YamlPath.of("archive", t, "replies", rnd.nextInt(replies(root, t)));
            int to = pick(threads);
            int size = replies(root, to) - (to == t ? 1 : 0);
            return new Act.Move(reply, YamlPath.of("archive", to, "replies", rnd.nextInt(size + 1)));
        }
        if (!withReplies.isEmpty() && r < 9) {
            int t = pick(withReplies);
            return new Act.Move(YamlPath.of("archive", t, "replies", rnd.nextInt(replies(root, t))),
                    YamlPath.of("archive", rnd.nextInt(n + 1)));
        }
        List<List<Object>> lists = new ArrayList<>();
        collectLists(root, new ArrayList<>(), lists);
        lists.removeIf(l -> ((MList) Model.find(root, l)).items().size() < 2);
        if (lists.isEmpty()) {
            return new Act.Undo();
        }
        List<Object> list = lists.get(rnd.nextInt(lists.size()));
        int size = ((MList) Model.find(root, list)).items().size();
        List<Object> from = new ArrayList<>(list);
        from.add(rnd.nextInt(size));
        List<Object> to = new ArrayList<>(list);
        to.add(rnd.nextInt(size));
        return new Act.Move(new YamlPath(from), new YamlPath(to));
    }

    private Act rename(M root, List<Integer> threads) {
        List<String> names = new ArrayList<>();
        for (int t : threads) {
            if (Model.find(root, List.of("archive", t, "name")) instanceof MScalar s && !s.value().isBlank()) {
                names.add(s.value());
            }
        }
        if (names.isEmpty()) {
            return new Act.Undo();
        }
        String from = names.get(rnd.nextInt(names.size()));
        String to = switch (rnd.nextInt(4)) {
            case 0 -> from + " Jr.";
            case 1 -> from.toUpperCase(java.util.Locale.ROOT);
            case 2 -> names.get(rnd.nextInt(names.size()));
            default -> "Renamed Person";
        };
        return new Act.Rename(from, to.equals(from) ? from + " (2)" : to);
    }

    /** Find and replace of a word of some string value, sometimes as a pattern, sometimes under some keys. */
    private Act replace(M root) {
        List<List<Object>> scalars = new ArrayList<>();
        collect(root, new ArrayList<>(), scalars);
        List<String> words = new ArrayList<>();
        for (List<Object> p : scalars) {
            if (Model.find(root, p) instanceof MScalar s && s.tag().equals("str")) {
                for (String w : s.value().split("[^\\p{L}]+")) {
                    if (w.length() >= 2) {
                        words.add(w);
                    }
                }
            }
        }
        if (words.isEmpty()) {
            return new Act.Undo();
        }
        String word = words.get(rnd.nextInt(words.size()));
        boolean regex = rnd.nextInt(3) == 0;
        String from = regex ? "(" + word.substring(0, 2) + ")(\\p{L}*)" : word;
        List<String> with = regex ? List.of("$2$1", "[$1]", "\\$1", "")
                : List.of("X", "", "yes", "a: b", "#1", "'q'", word.toUpperCase(java.util.Locale.ROOT), "ü😀", "- x");
        List<List<String>> keys = List.of(List.of(), List.of(), List.of("text"), List.of("name", "line", "header"),
                List.of("title"));
        return new Act.Replace(from, with.get(rnd.nextInt(with.size())), regex, rnd.nextBoolean(), rnd.nextBoolean(),
                keys.get(rnd.nextInt(keys.size())));
    }

    private Act impossible(List<Integer> threads) {
        int beyond = threads.size() + 5 + rnd.nextInt(5);
        return switch (rnd.nextInt(4)) {
            case 0 -> new Act.Delete(YamlPath.of("archive", beyond));
            case 1 -> new Act.Move(YamlPath.of("archive", beyond), YamlPath.of("archive", 0));
            case 2 -> new Act.Set(YamlPath.parse("title.deeper.still"), "x");
            default -> new Act.Insert(YamlPath.of("archive", 0, "replies", beyond), Values.message(rnd));
        };
    }

    private int pick(List<Integer> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    private static List<Integer> indexes(M list) {
        List<Integer> out = new ArrayList<>();
        if (list instanceof MList l) {
            for (int i = 0; i < l.items().size(); i++) {
                out.add(i);
            }
        }
        return out;
    }

    private static int replies(M root, int thread) {
        return Model.find(root, List.of("archive", thread, "replies")) instanceof MList l ? l.items().size() : 0;
    }

    private static void collect(M n, List<Object> path, List<List<Object>> out) {
        if (n instanceof MScalar) {
            out.add(List.copyOf(path));
        } else if (n instanceof MMap m) {
            for (int i = 0; i < m.keys().size(); i++) {
                path.add(m.keys().get(i));
                collect(m.values().get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof MList l) {
            for (int i = 0; i < l.items().size(); i++) {
                path.add(i);
                collect(l.items().get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void collectLists(M n, List<Object> path, List<List<Object>> out) {
        if (n instanceof MList l) {
            if (!path.isEmpty()) {
                out.add(List.copyOf(path));
            }
            for (int i = 0; i < l.items().size(); i++) {
                path.add(i);
                collectLists(l.items().get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else if (n instanceof MMap m) {
            for (int i = 0; i < m.keys().size(); i++) {
                path.add(m.keys().get(i));
                collectLists(m.values().get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
