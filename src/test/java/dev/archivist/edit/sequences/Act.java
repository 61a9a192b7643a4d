package dev.archivist.edit.sequences;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.archivist.edit.Op;
import dev.archivist.model.YamlPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a sequence as the test drives it: the engine's operation and the plain value it
 * carries, so the model can apply the same step. Written as the edit command's script lines.
 */
sealed interface Act {

    Op op();

    record Set(YamlPath path, Object value) implements Act {
        public Op op() {
            return new Op.Set(path, Values.node(value));
        }
    }

    record Insert(YamlPath path, Object value) implements Act {
        public Op op() {
            return new Op.Insert(path, Values.node(value));
        }
    }

    record Delete(YamlPath path) implements Act {
        public Op op() {
            return new Op.Delete(path);
        }
    }

    record Move(YamlPath from, YamlPath to) implements Act {
        public Op op() {
            return new Op.Move(from, to);
        }
    }

    record Merge(List<Integer> threads) implements Act {
        public Op op() {
            return new Op.Merge(threads);
        }
    }

    record Fix(List<String> kinds) implements Act {
        public Op op() {
            return new Op.Fix(kinds);
        }
    }

    record Rename(String from, String to) implements Act {
        public Op op() {
            return new Op.Rename(from, to);
        }
    }

    /** Find and replace over the page's string values. */
    record Replace(String from, String to, boolean regex, boolean word, boolean matchCase, List<String> keys)
            implements Act {
        public Op op() {
            return new Op.Replace(new dev.archivist.edit.Replace.Query(from, to, regex, word, matchCase,
                    java.util.Set.copyOf(keys)));
        }
    }

    record Undo() implements Act {
        public Op op() {
            return new Op.Undo();
        }
    }

    record Redo() implements Act {
        public Op op() {
            return new Op.Redo();
        }
    }

    record Save() implements Act {
        public Op op() {
            return new Op.Save();
        }
    }

    // the transcript's operations (TranscriptModel says what they mean)

    record Split(YamlPath path, int at, Integer sec) implements Act {
        public Op op() {
            return new Op.Split(path, at, sec);
        }
    }

    record Join(YamlPath path) implements Act {
        public Op op() {
            return new Op.Join(path);
        }
    }

    /** Lines moved to the end of a section (its header) or before an item: one of the two is null. */
    record MoveLines(YamlPath path, int count, YamlPath section, YamlPath before) implements Act {
        public Op op() {
            return new Op.MoveLines(path, count, section, before);
        }
    }

    record AddSection(YamlPath path, String header) implements Act {
        public Op op() {
            return new Op.AddSection(path, header);
        }
    }

    record DeleteSection(YamlPath path) implements Act {
        public Op op() {
            return new Op.DeleteSection(path);
        }
    }

    /** A section moved before a header, or to the end when {@code before} is null. */
    record MoveSection(YamlPath path, YamlPath before) implements Act {
        public Op op() {
            return new Op.MoveSection(path, before);
        }
    }

    record SetTime(YamlPath path, int sec) implements Act {
        public Op op() {
            return new Op.SetTime(path, sec);
        }
    }

    /** The act as a line of the edit command's script. */
    static String json(Act a) {
        JsonObject o = new JsonObject();
        Gson gson = new Gson();
        if (a instanceof Set s) {
            o.addProperty("op", "set");
            o.addProperty("path", s.path().toString());
            o.add("value", gson.toJsonTree(s.value()));
        } else if (a instanceof Insert i) {
            o.addProperty("op", "insert");
            o.addProperty("path", i.path().toString());
            o.add("value", gson.toJsonTree(i.value()));
        } else if (a instanceof Delete d) {
            o.addProperty("op", "delete");
            o.addProperty("path", d.path().toString());
        } else if (a instanceof Move m) {
            o.addProperty("op", "move");
            o.addProperty("from", m.from().toString());
            o.addProperty("to", m.to().toString());
        } else if (a instanceof Merge m) {
            o.addProperty("op", "merge");
            JsonArray paths = new JsonArray();
            m.threads().forEach(t -> paths.add(YamlPath.of("archive", t).toString()));
            o.add("paths", paths);
        } else if (a instanceof Fix f) {
            o.addProperty("op", "fix");
            o.addProperty("kinds", String.join(",", f.kinds()));
        } else if (a instanceof Rename r) {
            o.addProperty("op", "rename");
            o.addProperty("from", r.from());
            o.addProperty("to", r.to());
        } else if (a instanceof Replace r) {
            o.addProperty("op", "replace");
            o.addProperty("from", r.from());
            o.addProperty("to", r.to());
            o.addProperty("regex", r.regex());
            o.addProperty("word", r.word());
            o.addProperty("case", r.matchCase());
            JsonArray keys = new JsonArray();
            r.keys().forEach(keys::add);
            o.add("keys", keys);
        } else if (!transcriptJson(a, o)) {
            o.addProperty("op", a.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return o.toString();
    }

    /** Fills the line of a transcript act; false for any other act. */
    private static boolean transcriptJson(Act a, JsonObject o) {
        if (a instanceof Split s) {
            put(o, "split", s.path()).addProperty("at", s.at());
            if (s.sec() != null) {
                o.addProperty("sec", s.sec());
            }
        } else if (a instanceof Join j) {
            put(o, "join", j.path());
        } else if (a instanceof MoveLines m) {
            put(o, "move-lines", m.path()).addProperty("count", m.count());
            o.addProperty(m.section() != null ? "section" : "before", (m.section() != null ? m.section() : m.before()).toString());
        } else if (a instanceof AddSection x) {
            put(o, "add-section", x.path()).addProperty("header", x.header());
        } else if (a instanceof DeleteSection d) {
            put(o, "delete-section", d.path());
        } else if (a instanceof MoveSection m) {
            put(o, "move-section", m.path());
            if (m.before() != null) {
                o.addProperty("before", m.before().toString());
            }
        } else if (a instanceof SetTime t) {
            put(o, "set-time", t.path()).addProperty("sec", t.sec());
        } else {
            return false;
        }
        return true;
    }

    private static JsonObject put(JsonObject o, String op, YamlPath path) {
        o.addProperty("op", op);
        o.addProperty("path", path.toString());
        return o;
    }

    /** An act from a script line. */
    static Act parse(String line) {
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        return switch (o.get("op").getAsString()) {
            case "set" -> new Set(YamlPath.parse(o.get("path").getAsString()), plain(o.get("value")));
            case "insert" -> new Insert(YamlPath.parse(o.get("path").getAsString()), plain(o.get("value")));
            case "delete" -> new Delete(YamlPath.parse(o.get("path").getAsString()));
            case "move" -> new Move(YamlPath.parse(o.get("from").getAsString()), YamlPath.parse(o.get("to").getAsString()));
            case "merge" -> {
                List<Integer> threads = new ArrayList<>();
                o.getAsJsonArray("paths").forEach(p -> threads.add((Integer) YamlPath.parse(p.getAsString()).segments().get(1)));
                yield new Merge(threads);
            }
            case "fix" -> new Fix(o.get("kinds").getAsString().isEmpty() ? List.of()
                    : List.of(o.get("kinds").getAsString().split(",")));
            case "rename" -> new Rename(o.get("from").getAsString(), o.get("to").getAsString());
            case "replace" -> {
                List<String> keys = new ArrayList<>();
                o.getAsJsonArray("keys").forEach(k -> keys.add(k.getAsString()));
                yield new Replace(o.get("from").getAsString(), o.get("to").getAsString(), o.get("regex").getAsBoolean(),
                        o.get("word").getAsBoolean(), o.get("case").getAsBoolean(), keys);
            }
            case "undo" -> new Undo();
            case "redo" -> new Redo();
            case "save" -> new Save();
            case "split" -> new Split(path(o, "path"), o.get("at").getAsInt(), o.has("sec") ? o.get("sec").getAsInt() : null);
            case "join" -> new Join(path(o, "path"));
            case "move-lines" -> new MoveLines(path(o, "path"), o.get("count").getAsInt(), path(o, "section"), path(o, "before"));
            case "add-section" -> new AddSection(path(o, "path"), o.get("header").getAsString());
            case "delete-section" -> new DeleteSection(path(o, "path"));
            case "move-section" -> new MoveSection(path(o, "path"), path(o, "before"));
            case "set-time" -> new SetTime(path(o, "path"), o.get("sec").getAsInt());
            default -> throw new IllegalArgumentException(line);
        };
    }

    private static YamlPath path(JsonObject o, String key) {
        return o.has(key) ? YamlPath.parse(o.get(key).getAsString()) : null;
    }

    /** JSON as plain Java data; a number without a fraction is an Integer. */
    private static Object plain(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonArray()) {
            List<Object> out = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> out.add(plain(x)));
            return out;
        }
        if (e.isJsonObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            e.getAsJsonObject().entrySet().forEach(x -> out.put(x.getKey(), plain(x.getValue())));
            return out;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            String text = p.getAsNumber().toString();
            return text.matches("-?[0-9]+") ? (Object) Integer.parseInt(text) : (Object) p.getAsDouble();
        }
        return p.getAsString();
    }
}
