package dev.archivist.check.links;

import dev.archivist.site.LinkCheckSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * What to ask a server next about one link, and what its answers mean: HEAD first, GET when HEAD
 * is refused, redirects followed by hand up to a limit (a loop is caught), a timeout, a 429 or a
 * 5xx asked again after a back-off (a 429's {@code Retry-After} is honoured). It sends nothing
 * itself: {@link LinkChecker} sends its requests and hands back the answers.
 */
final class LinkProbe {
    /** The longest wait before a retry, whatever {@code Retry-After} asks. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    /** One request to send. */
    record Request(URI uri, String method) {
    }

    /**
     * What a request got: a status with its {@code Location} and {@code Retry-After} (either may
     * be null) and the body when it was asked for, or why nothing came.
     *
     * @param status the HTTP status, or -1 when no answer came
     * @param error why no answer came, or null
     * @param timedOut true when the error is a timeout, which is worth asking again
     */
    record Answer(int status, String location, String retryAfter, String body, String error, boolean timedOut) {
        static Answer of(int status, String location, String retryAfter, String body) {
            return new Answer(status, location, retryAfter, body, null, false);
        }

        static Answer failed(String error, boolean timedOut) {
            return new Answer(-1, null, null, null, error, timedOut);
        }
    }

    /**
     * Where the link's requests ended.
     *
     * @param status the last status, or -1 when no answer came
     * @param moved where the link's permanent redirects (301, 308) lead, before any temporary one, or null
     * @param error why the link is broken without a status (a timeout, a loop), or null
     * @param retries how many times a request was sent again after a timeout, a 429 or a 5xx
     */
    record Verdict(int status, URI moved, String error, int retries) {
    }

    private final LinkCheckSettings settings;
    private final Set<URI> seen = new HashSet<>();
    private URI current;
    private String method = "HEAD";
    private boolean headRefused;
    private boolean permanent = true;
    private URI moved;
    private int retries;
    private Duration delay = Duration.ZERO;

    LinkProbe(URI start, LinkCheckSettings settings) {
        this.current = start;
        this.settings = settings;
        seen.add(start);
    }

    /** The next request to send, after {@link #delay()}. */
    Request request() {
        return new Request(current, method);
    }

    /** How long to wait before sending the next request (a back-off), zero when at once. */
    Duration delay() {
        return delay;
    }

    /** Asks with GET from the start: the host refused HEAD before. */
    void preferGet() {
        method = "GET";
    }

    /** True once this link's server refused HEAD. */
    boolean headRefused() {
        return headRefused;
    }

    /** Takes the answer to the last request: the verdict when that was the last one, else null. */
    Verdict answer(Answer a) {
        delay = Duration.ZERO;
        if (a.error() != null) {
            return a.timedOut() && retry(null) ? null : new Verdict(-1, null, a.error(), retries);
        }
        int status = a.status();
        if (method.equals("HEAD") && refusesHead(status)) {
            method = "GET";
            headRefused = true;
            return null;
        }
        if (status >= 300 && status < 400 && a.location() != null) {
            return redirect(status, a.location());
        }
        if ((status == 429 || status >= 500) && !settings.accepted(status) && retry(a.retryAfter())) {
            return null;
        }
        return new Verdict(status, moved, null, retries);
    }

    /** HEAD refused: 405 and 501 by the book, and the other client errors that servers answer HEAD with. */
    private static boolean refusesHead(int status) {
        return status == 501 || status >= 400 && status < 500 && status != 404 && status != 410 && status != 429;
    }

    private Verdict redirect(int status, String location) {
        URI next;
        try {
            next = current.resolve(toUri(location));
        } catch (IllegalArgumentException e) {
            return new Verdict(status, moved, "redirects to an invalid URL (" + location + ")", retries);
        }
        if (!seen.add(next)) {
            return new Verdict(status, moved, "redirect loop (back to " + next + ")", retries);
        }
        if (seen.size() > settings.maxRedirects() + 1) {
            return new Verdict(status, moved, "more than " + settings.maxRedirects() + " redirects", retries);
        }
        permanent = permanent && (status == 301 || status == 308);
        if (permanent) {
            moved = next;
        }
        current = next;
        return null;
    }

    /** Sets the wait before asking again, if a retry is left: {@code Retry-After} when given, else the back-off. */
    private boolean retry(String retryAfter) {
        if (retries >= settings.retries()) {
            return false;
        }
        Duration backOff = settings.retryWait().multipliedBy(1L << Math.min(retries, 20));
        Duration asked = retryAfter == null ? null : retryAfter(retryAfter);
        delay = asked != null ? asked : backOff;
        delay = delay.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : delay;
        retries++;
        return true;
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when it is neither. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The URI of a URL as people write it: spaces, {@code |} and non-ASCII characters percent-encoded. */
    static URI toUri(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= ' ' || c >= 0x7f || " \"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else {
                out.append((char) c);
            }
        }
        return URI.create(out.toString());
    }
}
