package dev.archivist.check.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a server whether a link still answers: HEAD first, GET when HEAD is refused, redirects
 * followed by hand (at most a few) so that the final URL is known. Every request is bounded by a
 * timeout, and a GET's body is never read.
 */
final class LinkProbe {
    private static final int MAX_REDIRECTS = 5;

    /**
     * What the server said.
     *
     * @param status the last HTTP status, or -1 when no answer came
     * @param finalUri where the redirects ended (the link itself when there were none)
     * @param redirected the first redirect's status (301, 302…), or 0
     * @param error why no answer came, or null
     */
    record Outcome(int status, URI finalUri, int redirected, String error) {
        boolean broken() {
            return error != null || status >= 400;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    LinkProbe(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** A client that does not follow redirects itself, so each hop can be seen. */
    static HttpClient defaultClient(Duration timeout) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /** Asks about a URL as people write it; one not even a URI is an error, not an exception. */
    Outcome probe(String url) {
        URI current = null;
        int firstRedirect = 0;
        try {
            current = toUri(url);
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                Answer answer = send(current, "HEAD");
                if (answer.status() == 405 || answer.status() == 501) {
                    answer = send(current, "GET");
                }
                int status = answer.status();
                if (status < 300 || status >= 400 || answer.location().isEmpty()) {
                    return new Outcome(status, current, firstRedirect, null);
                }
                firstRedirect = firstRedirect == 0 ? status : firstRedirect;
                current = current.resolve(answer.location().get());
            }
            return new Outcome(-1, current, firstRedirect, "more than " + MAX_REDIRECTS + " redirects");
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(-1, current, firstRedirect, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, current, firstRedirect, "interrupted");
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

    private record Answer(int status, Optional<URI> location) {
    }

    private Answer send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "Archivist link check").build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return new Answer(response.statusCode(), response.headers().firstValue("Location").map(URI::create));
        }
    }
}
