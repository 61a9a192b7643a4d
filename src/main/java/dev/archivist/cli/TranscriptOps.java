package dev.archivist.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.archivist.edit.Op;
import dev.archivist.edit.TranscriptTree;
import dev.archivist.model.YamlPath;

/**
 * The {@code edit} script's lines for an episode's transcript: {@code split}, {@code join},
 * {@code move-lines}, {@code add-section}, {@code delete-section}, {@code move-section} and
 * {@code set-time}. Items are named by their path before the operation ({@code transcript[12]}).
 */
final class TranscriptOps {

    private TranscriptOps() {
    }

    /** The operation of a line whose op is one of the transcript's. */
    static Op parse(String op, JsonObject o) {
        YamlPath path = EditScript.path(o, "path");
        return switch (op) {
            case "split" -> new Op.Split(path, integer(o, "at"), seconds(o, false));
            case "join" -> new Op.Join(path);
            case "move-lines" -> new Op.MoveLines(path, o.has("count") ? integer(o, "count") : 1,
                    optionalPath(o, "section"), optionalPath(o, "before"));
            case "add-section" -> new Op.AddSection(path, EditScript.string(o, "header"));
            case "delete-section" -> new Op.DeleteSection(path);
            case "move-section" -> new Op.MoveSection(path, optionalPath(o, "before"));
            case "set-time" -> new Op.SetTime(path, seconds(o, true));
            default -> throw new IllegalArgumentException("unknown op '" + op + "'");
        };
    }

    private static YamlPath optionalPath(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? EditScript.path(o, key) : null;
    }

    private static int integer(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()
                || !e.getAsString().matches("-?[0-9]{1,9}")) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number");
        }
        return e.getAsInt();
    }

    /** The seconds given as "time" ("1:23", "1:02:03") or "sec" (83); both must agree. */
    private static Integer seconds(JsonObject o, boolean required) {
        Integer fromTime = null;
        if (o.has("time")) {
            JsonElement e = o.get("time");
            fromTime = e.isJsonPrimitive() && ((JsonPrimitive) e).isString() ? TranscriptTree.seconds(e.getAsString()) : null;
            if (fromTime == null) {
                throw new IllegalArgumentException("\"time\" must be a string such as \"1:23\" or \"1:02:03\"");
            }
        }
        Integer sec = o.has("sec") ? integer(o, "sec") : null;
        if (fromTime != null && sec != null && !fromTime.equals(sec)) {
            throw new IllegalArgumentException("\"time\" and \"sec\" disagree: give one of them");
        }
        Integer out = fromTime != null ? fromTime : sec;
        if (out == null && required) {
            throw new IllegalArgumentException("give the time as \"time\" (\"1:23\", \"1:02:03\") or \"sec\" (83)");
        }
        if (out != null && out < 0) {
            throw new IllegalArgumentException("a time cannot be negative");
        }
        return out;
    }
}
