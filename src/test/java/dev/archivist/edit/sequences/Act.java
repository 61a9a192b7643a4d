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
        } else {
            o.addProperty("op", a.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return o.toString();
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
            case "undo" -> new Undo();
            case "redo" -> new Redo();
            case "save" -> new Save();
            default -> throw new IllegalArgumentException(line);
        };
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
