package dev.archivist.check.links;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.archivist.io.save.UserCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The online check's answers kept between runs, in the user's cache folder (never in the site):
 * one JSON object a line, {@code {"url","status","code","moved","archived","reason","at"}}. An
 * answer younger than the run's maximum age is used instead of asking again; a line that cannot
 * be read is skipped, and answers older than {@link #KEPT} are dropped when the file is written.
 */
public final class LinkCache {
    /** How long an answer is kept in the file, whatever one run's maximum age. */
    static final Duration KEPT = Duration.ofDays(30);

    private final Path file;
    private final Map<String, LinkResult> known = new HashMap<>();

    private LinkCache(Path file) {
        this.file = file;
    }

    /** The cache in the user's cache folder ({@code links/answers.jsonl}). */
    public static LinkCache standard() {
        return at(UserCache.folder("links").resolve("answers.jsonl"));
    }

    /** The cache kept in a file, read now (a missing or damaged file reads as empty). */
    public static LinkCache at(Path file) {
        LinkCache c = new LinkCache(file);
        c.read().forEach(r -> c.known.put(r.url(), r));
        return c;
    }

    /** The kept answer for a URL, when it is younger than the maximum age. */
    Optional<LinkResult> fresh(String url, Duration maxAge, Instant now) {
        LinkResult r = known.get(url);
        return r != null && r.checkedAt().plus(maxAge).isAfter(now) ? Optional.of(r.fromCache()) : Optional.empty();
    }

    /**
     * Adds the answers of a run and writes the file again (with what another run wrote meanwhile),
     * through a temporary file and a move, so a reader never sees half a file.
     *
     * @return why the file could not be written, or empty when it was
     */
    Optional<String> save(Collection<LinkResult> answers, Instant now) {
        Map<String, LinkResult> all = new HashMap<>();
        read().forEach(r -> all.put(r.url(), r));
        answers.forEach(r -> all.put(r.url(), r));
        known.putAll(all);
        StringBuilder sb = new StringBuilder();
        for (LinkResult r : all.values()) {
            if (r.status() != LinkResult.Status.NOT_CHECKED && r.checkedAt().plus(KEPT).isAfter(now)) {
                sb.append(line(r)).append('\n');
            }
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), "answers", ".tmp");
            Files.writeString(temp, sb, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write the link cache " + file + ": " + e + removed(temp));
        }
    }

    /** Removes a temporary file a failed write left, saying so only when that fails too. */
    private static String removed(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            return "";
        } catch (IOException e) {
            return "; " + temp + " is left behind";
        }
    }

    private List<LinkResult> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a missing or unreadable cache: every URL is asked again, which is no error of the check
            return List.of();
        }
        List<LinkResult> out = new ArrayList<>();
        for (String line : lines) {
            parse(line).ifPresent(out::add);
        }
        return out;
    }

    private static String line(LinkResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("url", r.url());
        o.addProperty("status", r.status().id());
        o.addProperty("code", r.code());
        o.addProperty("moved", r.moved());
        o.addProperty("archived", r.archived());
        o.addProperty("reason", r.reason());
        o.addProperty("at", r.checkedAt().toString());
        return o.toString();
    }

    private static Optional<LinkResult> parse(String line) {
        try {
            if (JsonParser.parseString(line) instanceof JsonObject o && o.get("url") instanceof JsonPrimitive url
                    && o.get("status") instanceof JsonPrimitive status && o.get("code") instanceof JsonPrimitive code
                    && o.get("at") instanceof JsonPrimitive at) {
                return Arrays.stream(LinkResult.Status.values()).filter(s -> s.id().equals(status.getAsString()))
                        .findFirst().map(s -> new LinkResult(url.getAsString(), s, code.getAsInt(), text(o.get("moved")),
                                text(o.get("archived")), text(o.get("reason")), Instant.parse(at.getAsString()), false));
            }
        } catch (JsonParseException | NumberFormatException | DateTimeParseException e) {
            // a damaged line: that URL is asked again
        }
        return Optional.empty();
    }

    private static String text(JsonElement e) {
        return e instanceof JsonPrimitive p ? p.getAsString() : null;
    }
}
