package dev.archivist.check.links;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A web server on 127.0.0.1 for the online check's tests, with an answer scripted for each path
 * and a Wayback Machine's availability endpoint; it counts the requests of each path and the most
 * it served at once. Nothing here reaches beyond the loopback address.
 */
public final class OnlineServer implements AutoCloseable {
    /** A request as the server saw it. */
    public record Seen(String method, String path, long at) {
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger now = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    /** How long {@code /busy/...} paths keep a request, so that requests overlap. */
    private static final long BUSY_MILLIS = 150;

    public OnlineServer() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The URL of a path on this server, by its address (never a name that could resolve elsewhere). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    /** The base URL to give as {@code archive-url}. */
    public String archive() {
        return url("");
    }

    /**
     * A site under {@code dir} whose settings point the archive at this server (half-second
     * timeouts, one retry) and a book page whose links go to this server: two permanent redirects,
     * a broken link with an archived copy and one without, and links that work. Returns the page.
     */
    public Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_people"));
        Files.writeString(dir.resolve(".archivist.yml"), "links:\n  timeout: 0.5\n  retries: 1\n  retry-wait: 10\n"
                + "  host-interval: 0\n  archive-url: " + archive() + "\n");
        String page = """
                ---
                title: Links
                links:
                  - text: Home
                    link: %1$s/ok
                  - text: Old
                    link: %1$s/moved
                archive:
                - name: Ada
                  text: |-
                    Read [this](%1$s/permanent) first.
                    The slides: %1$s/gone
                    Then %1$s/for-now
                  replies:
                  - name: Bo
                    text: Gone too %1$s/removed, and %1$s/no-head
                ---
                Body.
                """.formatted(url(""));
        return Files.writeString(Files.createDirectories(dir.resolve("_books")).resolve("20220101-links.md"), page);
    }

    /** Requests of one path, HEAD and GET together. */
    public int count(String path) {
        return counts.getOrDefault(path, new AtomicInteger()).get();
    }

    public int requests() {
        return server.getRequestCount();
    }

    /** The most requests the server held at once. */
    public int mostAtOnce() {
        return most.get();
    }

    public List<Seen> seen() {
        return seen;
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getRequestUrl().encodedPath();
        int n = counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        seen.add(new Seen(request.getMethod(), path, System.nanoTime()));
        most.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
            if (path.startsWith("/busy/")) {
                Thread.sleep(BUSY_MILLIS);
            }
            return scripted(path, n, request);
        } finally {
            now.decrementAndGet();
        }
    }

    private MockResponse scripted(String path, int n, RecordedRequest request) {
        boolean head = request.getMethod().equals("HEAD");
        return switch (path) {
            case "/moved" -> status(301).setHeader("Location", "/ok");
            case "/moved-twice" -> status(301).setHeader("Location", "/moved-again");
            case "/moved-again" -> status(308).setHeader("Location", url("/ok"));
            case "/permanent" -> status(308).setHeader("Location", "/ok");
            case "/for-now" -> status(302).setHeader("Location", "/ok");
            case "/gone", "/gone-copy-broken", "/missing" -> status(404);
            case "/removed" -> status(410);
            case "/too-many" -> n == 1 ? status(429).setHeader("Retry-After", "1") : status(200);
            case "/failing-once" -> n == 1 ? status(500) : status(200);
            case "/always-failing" -> status(503);
            case "/slow" -> status(200).setHeadersDelay(1500, TimeUnit.MILLISECONDS);
            case "/loop" -> status(301).setHeader("Location", "/loop-back");
            case "/loop-back" -> status(301).setHeader("Location", "/loop");
            case "/no-head" -> status(head ? 405 : 200);
            case "/wayback/available" -> archive(request.getRequestUrl().queryParameter("url"));
            case "/web/2020/gone" -> status(302).setHeader("Location", "/web/20200101000000/gone");
            default -> status(path.startsWith("/ok") || path.startsWith("/busy/") || path.startsWith("/web/") ? 200 : 404);
        };
    }

    /** The availability answer: a copy of {@code /gone} (it answers), of {@code /gone-copy-broken} (it does not). */
    private MockResponse archive(String url) {
        String asked = url == null ? "" : url;
        String snapshot = asked.endsWith("/gone") ? url("/web/2020/gone")
                : asked.endsWith("/gone-copy-broken") ? url("/missing") : null;
        String body = snapshot == null ? "{\"url\":\"" + asked + "\",\"archived_snapshots\":{}}"
                : "{\"url\":\"" + asked + "\",\"archived_snapshots\":{\"closest\":{\"status\":\"200\",\"available\":true,"
                + "\"url\":\"" + snapshot + "\",\"timestamp\":\"20200101000000\"}}}";
        return status(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse status(int code) {
        return new MockResponse().setResponseCode(code);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
