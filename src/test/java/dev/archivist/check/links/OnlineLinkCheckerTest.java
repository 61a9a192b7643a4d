package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.site.LinkCheckSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LinkChecker} against a server on 127.0.0.1: each answer's status and reason, the limits, the cache. */
class OnlineLinkCheckerTest {
    @TempDir
    Path dir;

    private OnlineServer server;
    private LinkCheckSettings settings;

    @BeforeEach
    void start() throws IOException {
        server = new OnlineServer();
        settings = settings("timeout", "0.3", "retries", "2", "retry-wait", "20", "host-interval", "0",
                "archive-url", server.archive());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static LinkCheckSettings settings(String... keysAndValues) {
        LinkCheckSettings s = LinkCheckSettings.DEFAULTS;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            s = s.with(keysAndValues[i], keysAndValues[i + 1]);
        }
        return s;
    }

    private Map<String, LinkResult> check(LinkCheckSettings s, LinkCache cache, String... paths) {
        List<String> urls = Stream.of(paths).map(server::url).toList();
        return new LinkChecker(s, cache).check(urls, (r, done, total) -> { }, () -> false);
    }

    private LinkResult result(Map<String, LinkResult> results, String path) {
        return results.get(server.url(path));
    }

    @Test
    void workingLinksAndTemporaryRedirectsAreOk() {
        Map<String, LinkResult> r = check(settings, null, "/ok", "/for-now", "/no-head");
        for (String path : List.of("/ok", "/for-now", "/no-head")) {
            assertEquals(LinkResult.Status.OK, result(r, path).status(), path);
            assertEquals(200, result(r, path).code(), path);
        }
        // HEAD refused with 405, then GET
        assertEquals(List.of("HEAD", "GET"), server.seen().stream().filter(s -> s.path().equals("/no-head"))
                .map(OnlineServer.Seen::method).toList());
    }

    @Test
    void permanentRedirectsGiveTheUrlTheyLeadTo() {
        Map<String, LinkResult> r = check(settings, null, "/moved", "/moved-twice", "/permanent");
        for (String path : List.of("/moved", "/moved-twice", "/permanent")) {
            assertEquals(LinkResult.Status.REDIRECTED, result(r, path).status(), path);
            assertEquals(server.url("/ok"), result(r, path).moved(), path);
        }
    }

    @Test
    void errorStatusesTimeoutsAndLoopsAreBrokenWithTheirReason() {
        Map<String, LinkResult> r = check(settings, null, "/gone", "/removed", "/always-failing", "/slow", "/loop");
        assertEquals("answers 404", result(r, "/gone").reason());
        assertEquals("answers 410", result(r, "/removed").reason());
        assertEquals("answers 503 (asked 3 times)", result(r, "/always-failing").reason());
        assertEquals("no answer within 0.3 s (asked 3 times)", result(r, "/slow").reason());
        assertEquals("redirect loop (back to " + server.url("/loop") + ")", result(r, "/loop").reason());
        assertTrue(r.values().stream().allMatch(x -> x.status() == LinkResult.Status.BROKEN));
        assertEquals(3, server.count("/always-failing"));
    }

    @Test
    void a429IsAskedAgainAfterItsRetryAfterAndA500AfterTheBackOff() {
        Map<String, LinkResult> r = check(settings, null, "/too-many", "/failing-once");
        assertEquals(LinkResult.Status.OK, result(r, "/too-many").status());
        assertEquals(LinkResult.Status.OK, result(r, "/failing-once").status());
        assertEquals(2, server.count("/too-many"));
        assertEquals(2, server.count("/failing-once"));
        List<Long> times = server.seen().stream().filter(s -> s.path().equals("/too-many")).map(OnlineServer.Seen::at).toList();
        long waited = Duration.ofNanos(times.get(1) - times.get(0)).toMillis();
        assertTrue(waited >= 950, "Retry-After: 1 honoured, not the 20 ms back-off: " + waited + " ms");
    }

    @Test
    void anAcceptedStatusIsNeitherBrokenNorAskedAgain() {
        Map<String, LinkResult> r = check(settings.with("accept", "200..=299,429"), null, "/too-many");
        assertEquals(LinkResult.Status.OK, result(r, "/too-many").status());
        assertEquals(1, server.count("/too-many"));
    }

    @Test
    void aBrokenLinkGetsAnArchivedCopyOnlyWhenTheCopyAnswers() {
        Map<String, LinkResult> r = check(settings, null, "/gone", "/gone-copy-broken", "/removed");
        // the archive's snapshot redirects (as the Wayback Machine's do) to a page that answers 200
        assertEquals(server.url("/web/2020/gone"), result(r, "/gone").archived());
        assertEquals(1, server.count("/web/20200101000000/gone"));
        assertNull(result(r, "/gone-copy-broken").archived(), "the archive names a copy that answers 404");
        assertNull(result(r, "/removed").archived(), "the archive has no copy");
        assertEquals(3, server.count("/wayback/available"));
    }

    @Test
    void noMoreRequestsAtOnceThanTheHostAndTheRunAllow() {
        check(settings.with("host-concurrency", "2"), null, "/busy/1", "/busy/2", "/busy/3", "/busy/4", "/busy/5", "/busy/6");
        assertEquals(2, server.mostAtOnce());
        assertEquals(6, server.requests());
    }

    @Test
    void theMaximumConcurrencyHoldsOverEveryHost() {
        check(settings.with("max-concurrency", "1"), null, "/busy/1", "/busy/2", "/busy/3");
        assertEquals(1, server.mostAtOnce());
    }

    @Test
    void requestsToOneHostStartTheHostIntervalApart() {
        check(settings.with("host-interval", "120"), null, "/ok/1", "/ok/2", "/ok/3", "/ok/4");
        List<Long> starts = server.seen().stream().map(OnlineServer.Seen::at).sorted().toList();
        // three intervals from the first start to the last; a connection's setup may shift one arrival a little
        long span = Duration.ofNanos(starts.get(3) - starts.get(0)).toMillis();
        assertTrue(span >= 300, "four requests within " + span + " ms");
    }

    @Test
    void aCachedAnswerIsNotAskedAgainUntilItIsOlderThanTheMaximumAge() {
        Path file = dir.resolve("links/answers.jsonl");
        Map<String, LinkResult> first = check(settings, LinkCache.at(file), "/ok", "/moved", "/gone");
        int asked = server.requests();
        Map<String, LinkResult> second = check(settings, LinkCache.at(file), "/ok", "/moved", "/gone");
        assertEquals(asked, server.requests(), "the second run sends no request");
        assertTrue(second.values().stream().allMatch(LinkResult::cached));
        assertEquals(result(first, "/moved").moved(), result(second, "/moved").moved());
        assertEquals(result(first, "/gone").archived(), result(second, "/gone").archived());

        Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(25)), ZoneOffset.UTC);
        new LinkChecker(settings, LinkCache.at(file), later).check(List.of(server.url("/ok")), (r, d, t) -> { }, () -> false);
        assertEquals(asked + 1, server.requests(), "a day later the answer is too old");
    }

    @Test
    void withoutTheCacheEveryLinkIsAskedAndNothingIsKept() {
        Path file = dir.resolve("answers.jsonl");
        check(settings.with("no-cache", "true"), LinkCache.at(file), "/ok");
        check(settings.with("no-cache", "true"), LinkCache.at(file), "/ok");
        assertEquals(2, server.requests());
        assertFalse(Files.exists(file));
    }

    @Test
    void excludedLinksAndHostsThatRefuseRobotsAreNotCheckedNorAsked() {
        LinkCheckSettings s = settings.with("exclude", "/private/").with("refuse-robots", "linkedin.com");
        Map<String, LinkResult> r = new LinkChecker(s, null).check(List.of(server.url("/private/x"),
                "https://www.linkedin.com/in/someone"), (x, d, t) -> { }, () -> false);
        assertEquals(List.of("excluded by /private/", "its host refuses robots"),
                r.values().stream().map(LinkResult::reason).toList());
        assertTrue(r.values().stream().allMatch(x -> x.status() == LinkResult.Status.NOT_CHECKED));
        assertEquals(0, server.requests());
    }

    @Test
    void withoutANetworkEveryLinkIsUnreachableAndTheRunEnds() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        LinkCheckSettings s = settings.with("archive-url", "http://127.0.0.1:" + closed);
        long start = System.nanoTime();
        Map<String, LinkResult> r = new LinkChecker(s, null).check(List.of("http://no-such-host.invalid/page",
                "http://127.0.0.1:" + closed + "/page"), (x, d, t) -> { }, () -> false);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10);
        assertEquals(List.of("the host name does not resolve (DNS)", "the connection was refused"),
                r.values().stream().map(LinkResult::reason).toList());
        assertTrue(r.values().stream().allMatch(x -> x.status() == LinkResult.Status.BROKEN && x.archived() == null));
    }

    @Test
    void aCancelledRunSendsNoFurtherRequestAndReturnsWhatItHas() {
        List<LinkResult> told = new ArrayList<>();
        Map<String, LinkResult> r = new LinkChecker(settings.with("host-concurrency", "1"), null).check(
                Stream.of("/busy/1", "/busy/2", "/busy/3", "/busy/4").map(server::url).toList(),
                (x, done, total) -> told.add(x), () -> !told.isEmpty());
        assertEquals(1, r.size());
        assertEquals(told, List.copyOf(r.values()));
        assertEquals(1, server.requests(), "no request after the cancel");
    }
}
