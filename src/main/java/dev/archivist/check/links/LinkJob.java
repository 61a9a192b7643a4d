package dev.archivist.check.links;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.archivist.site.LinkCheckSettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One URL's way through the online check: its own requests ({@link LinkProbe}); when it is
 * broken, the Wayback Machine's availability question; when that names a snapshot, the
 * snapshot's own requests, since a copy is offered only when it answers 200.
 */
final class LinkJob {
    private enum Phase { LINK, ARCHIVE, SNAPSHOT }

    private final String url;
    private final LinkCheckSettings settings;
    private LinkProbe probe;
    private Phase phase = Phase.LINK;
    private LinkResult result;
    private String snapshot;
    /** When the next request may start, in {@link System#nanoTime()} terms. */
    long dueAt;

    LinkJob(String url, URI uri, LinkCheckSettings settings) {
        this.url = url;
        this.settings = settings;
        this.probe = new LinkProbe(uri, settings);
    }

    String url() {
        return url;
    }

    LinkProbe probe() {
        return probe;
    }

    /** The next request: the probe's, or the archive's question. */
    LinkProbe.Request request() {
        return phase == Phase.ARCHIVE ? new LinkProbe.Request(archiveQuery(), "GET") : probe.request();
    }

    /** True when the next request's body is needed (the archive's answer), not only its status. */
    boolean wantsBody() {
        return phase == Phase.ARCHIVE;
    }

    /** How long to wait before the next request. */
    Duration delay() {
        return phase == Phase.ARCHIVE ? Duration.ZERO : probe.delay();
    }

    /**
     * Takes the answer to the last request.
     *
     * @return the URL's result once nothing more is to be asked, else null
     */
    LinkResult answer(LinkProbe.Answer a, Instant now) {
        switch (phase) {
            case LINK -> {
                LinkProbe.Verdict v = probe.answer(a);
                if (v == null) {
                    return null;
                }
                result = result(v, now);
                if (result.status() != LinkResult.Status.BROKEN) {
                    return result;
                }
                phase = Phase.ARCHIVE;
                return null;
            }
            case ARCHIVE -> {
                snapshot = a.status() == 200 && a.body() != null ? snapshot(a.body()).orElse(null) : null;
                if (snapshot == null) {
                    return result;
                }
                try {
                    probe = new LinkProbe(LinkProbe.toUri(snapshot), settings);
                } catch (IllegalArgumentException e) {
                    return result;
                }
                phase = Phase.SNAPSHOT;
                return null;
            }
            default -> {
                LinkProbe.Verdict v = probe.answer(a);
                if (v == null) {
                    return null;
                }
                return v.error() == null && v.status() == 200 ? result.withArchived(snapshot) : result;
            }
        }
    }

    private LinkResult result(LinkProbe.Verdict v, Instant now) {
        String retried = v.retries() == 0 ? "" : " (asked " + (v.retries() + 1) + " times)";
        if (v.error() != null) {
            return LinkResult.broken(url, v.status(), v.error() + retried, now);
        }
        if (!settings.accepted(v.status())) {
            return LinkResult.broken(url, v.status(), "answers " + v.status() + retried, now);
        }
        return v.moved() == null ? new LinkResult(url, LinkResult.Status.OK, v.status(), null, null, null, now, false)
                : new LinkResult(url, LinkResult.Status.REDIRECTED, v.status(), v.moved().toString(), null, null, now, false);
    }

    private URI archiveQuery() {
        return URI.create(settings.archiveUrl() + "/wayback/available?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
    }

    /**
     * The snapshot the Wayback Machine's availability answer names, when it says one is available
     * with status 200: {@code {"archived_snapshots":{"closest":{"available":true,"url":…,"status":"200"}}}}.
     */
    static Optional<String> snapshot(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
        if (root instanceof JsonObject o && o.get("archived_snapshots") instanceof JsonObject snapshots
                && snapshots.get("closest") instanceof JsonObject c
                && c.get("available") instanceof JsonPrimitive available && available.isBoolean() && available.getAsBoolean()
                && c.get("status") instanceof JsonPrimitive status && "200".equals(status.getAsString())
                && c.get("url") instanceof JsonPrimitive snapshot && snapshot.isString()) {
            return Optional.of(snapshot.getAsString());
        }
        return Optional.empty();
    }
}
