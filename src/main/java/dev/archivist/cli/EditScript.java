package dev.archivist.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.archivist.edit.Op;
import dev.archivist.edit.Replace;
import dev.archivist.model.ScalarStyle;
import dev.archivist.model.YEntry;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code edit} command's script: one JSON object a line, each one of the editor's operations
 * ({@code {"op":"set","path":"archive[3].text","value":"…"}}). Values are JSON, written as the
 * YAML values they are: a string stays a string whatever it looks like.
 */
final class EditScript {

    private EditScript() {
    }

    /**
     * The operation on one line.
     *
     * @throws IllegalArgumentException with a reason a person understands
     */
    static Op parse(String line) {
        JsonObject o;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("one JSON object a line: something follows the object");
            }
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException("each line must be a JSON object such as {\"op\":\"undo\"}");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + rootMessage(e));
        }
        String op = string(o, "op");
        return switch (op) {
            case "set" -> new Op.Set(path(o, "path"), value(o));
            case "insert" -> new Op.Insert(path(o, "path"), value(o));
            case "delete" -> new Op.Delete(path(o, "path"));
            case "move" -> new Op.Move(path(o, "from"), path(o, "to"));
            case "merge" -> new Op.Merge(threads(o));
            case "fix" -> new Op.Fix(kinds(o));
            case "rename" -> new Op.Rename(string(o, "from"), string(o, "to"));
            case "replace" -> new Op.Replace(new Replace.Query(string(o, "from"), string(o, "to"), flag(o, "regex"),
                    flag(o, "word"), flag(o, "case"), Set.copyOf(keys(o))));
            case "undo" -> new Op.Undo();
            case "redo" -> new Op.Redo();
            case "save" -> new Op.Save();
            case "split", "join", "move-lines", "add-section", "delete-section", "move-section", "set-time" ->
                    TranscriptOps.parse(op, o);
            default -> throw new IllegalArgumentException("unknown op '" + op
                    + "' (set, insert, delete, move, merge, fix, rename, replace, undo, redo, save; for a transcript: "
                    + "split, join, move-lines, add-section, delete-section, move-section, set-time)");
        };
    }

    private static boolean isString(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (!isString(e)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return e.getAsString();
    }

    static YamlPath path(JsonObject o, String key) {
        String text = string(o, key);
        YamlPath p = YamlPath.parse(text);
        if (p.isRoot()) {
            throw new IllegalArgumentException("\"" + key + "\" must name a place, such as archive[0].text");
        }
        return p;
    }

    private static YNode value(JsonObject o) {
        if (!o.has("value")) {
            throw new IllegalArgumentException("\"value\" is missing (use null for an empty value)");
        }
        return node(o.get("value"));
    }

    private static List<Integer> threads(JsonObject o) {
        JsonElement e = o.get("paths");
        if (e == null || !e.isJsonArray()) {
            throw new IllegalArgumentException("\"paths\" must list the threads to merge: [\"archive[1]\", \"archive[4]\"]");
        }
        List<Integer> out = new ArrayList<>();
        for (JsonElement p : e.getAsJsonArray()) {
            if (!isString(p)) {
                throw new IllegalArgumentException("\"paths\" must list the threads as strings: [\"archive[1]\", \"archive[4]\"]");
            }
            List<Object> s = YamlPath.parse(p.getAsString()).segments();
            if (s.size() != 2 || !"archive".equals(s.get(0)) || !(s.get(1) instanceof Integer i)) {
                throw new IllegalArgumentException("only threads can be merged: " + p.getAsString());
            }
            out.add(i);
        }
        return out;
    }

    private static boolean flag(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            return false;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException("\"" + key + "\" must be true or false");
        }
        return e.getAsBoolean();
    }

    private static List<String> keys(JsonObject o) {
        JsonElement e = o.get("keys");
        List<String> out = new ArrayList<>();
        if (e == null || e.isJsonNull()) {
            return out;
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("\"keys\" must list keys as strings: [\"name\", \"text\"]");
        }
        for (JsonElement k : e.getAsJsonArray()) {
            if (!isString(k)) {
                throw new IllegalArgumentException("\"keys\" must list keys as strings: [\"name\", \"text\"]");
            }
            out.add(k.getAsString());
        }
        return out;
    }

    private static List<String> kinds(JsonObject o) {
        JsonElement e = o.get("kinds");
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (e.isJsonArray()) {
            for (JsonElement k : e.getAsJsonArray()) {
                if (!isString(k)) {
                    throw new IllegalArgumentException("\"kinds\" must be kinds as strings: [\"encoding\", \"links.tracking-params\"]");
                }
                out.add(k.getAsString().strip());
            }
        } else {
            for (String k : string(o, "kinds").split(",")) {
                if (!k.isBlank()) {
                    out.add(k.strip());
                }
            }
        }
        return out;
    }

    /** A JSON value as the YAML node it means; numbers keep their text, made readable as YAML 1.1 numbers. */
    static YNode node(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return YScalar.nullValue();
        }
        if (e.isJsonObject()) {
            List<YEntry> entries = new ArrayList<>();
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                entries.add(new YEntry(YScalar.str(x.getKey()), node(x.getValue())));
            }
            return YMapping.of(entries);
        }
        if (e.isJsonArray()) {
            List<YNode> items = new ArrayList<>();
            e.getAsJsonArray().forEach(x -> items.add(node(x)));
            return new YSequence(items, items.isEmpty(), null);
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return new YScalar(p.getAsBoolean() ? "true" : "false", "bool", ScalarStyle.PLAIN, null);
        }
        if (p.isNumber()) {
            String text = p.getAsNumber().toString();
            boolean integer = text.matches("-?[0-9]+");
            return new YScalar(integer ? text : yamlFloat(text), integer ? "int" : "float", ScalarStyle.PLAIN, null);
        }
        return YScalar.str(p.getAsString());
    }

    /** A JSON number with a fraction or exponent as YAML 1.1 writes a float: a dot, a signed exponent. */
    private static String yamlFloat(String json) {
        String s = json.replace('E', 'e');
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e + 1);
        if (!mantissa.contains(".")) {
            mantissa += ".0";
        }
        if (!exponent.isEmpty() && exponent.charAt(0) != '-' && exponent.charAt(0) != '+') {
            exponent = "+" + exponent;
        }
        return exponent.isEmpty() ? mantissa : mantissa + "e" + exponent;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
