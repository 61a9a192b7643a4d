package dev.archivist.check.links;

import dev.archivist.site.LinkCheckSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;

/**
 * Asks the servers of many URLs whether they still answer, each URL once, within the settings'
 * limits: at most so many requests at once in all and per host, a least interval between two
 * starts on one host, retries after a back-off. The JDK's HTTP client carries the requests; all
 * the deciding runs on the calling thread, which sends what the limits allow and takes the
 * answers as they come. No cookies are kept, and nothing is sent but to the URLs, their
 * redirects and the configured archive.
 */
public final class LinkChecker {
    /** Who is asking, as every request says. */
    public static final String USER_AGENT = "Archivist/0.1 (online link check of an event archive)";
    /** How long the calling thread waits at most before it looks whether it was cancelled. */
    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(100);

    /** Told of each URL's result as it comes, on the calling thread. */
    @FunctionalInterface
    public interface Listener {
        void checked(LinkResult result, int done, int total);
    }

    /** The requests running on one host and the jobs waiting for it. */
    private static final class Host {
        final ArrayDeque<LinkJob> waiting = new ArrayDeque<>();
        int running;
        long nextStart;
        boolean refusesHead;
    }

    /** An answer as the client handed it over (a response or why none came), for the calling thread. */
    private record Arrival(LinkJob job, Host host, HttpResponse<?> response, Throwable error) {
    }

    private final HttpClient client;
    private final LinkCheckSettings settings;
    private final LinkCache cache;
    private final Clock clock;
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
    private int running;
    private String cacheProblem;

    /** @param cache the answers kept between runs, or null for none ({@code no-cache} also leaves it alone) */
    public LinkChecker(LinkCheckSettings settings, LinkCache cache) {
        this(settings, cache, Clock.systemUTC());
    }

    LinkChecker(LinkCheckSettings settings, LinkCache cache, Clock clock) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build();
        this.settings = settings;
        this.cache = settings.cache() ? cache : null;
        this.clock = clock;
    }

    /**
     * Checks every URL once and returns their results, in the order given. Blocks the calling
     * thread until every URL has its result or {@code cancelled} says so (or the thread is
     * interrupted): then no further request is sent and the results so far are returned.
     */
    public Map<String, LinkResult> check(Collection<String> urls, Listener listener, BooleanSupplier cancelled) {
        Map<String, LinkResult> out = new HashMap<>();
        List<LinkResult> asked = new ArrayList<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>(urls);
        int total = distinct.size();
        for (String url : distinct) {
            LinkResult known = known(url);
            if (known != null) {
                out.put(url, known);
                listener.checked(known, out.size(), total);
            }
        }
        try {
            while (out.size() < total && !cancelled.getAsBoolean()) {
                long wait = startWhatIsAllowed();
                Arrival a = arrivals.poll(wait, TimeUnit.NANOSECONDS);
                LinkResult r = a == null ? null : arrived(a);
                if (r != null) {
                    out.put(r.url(), r);
                    asked.add(r);
                    listener.checked(r, out.size(), total);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cache != null && !asked.isEmpty()) {
            cacheProblem = cache.save(asked, clock.instant()).orElse(null);
        }
        Map<String, LinkResult> inOrder = new LinkedHashMap<>();
        distinct.stream().filter(out::containsKey).forEach(url -> inOrder.put(url, out.get(url)));
        return inOrder;
    }

    /** Why the last run's answers could not be kept in the cache, or null: the run itself is not the worse for it. */
    public String cacheProblem() {
        return cacheProblem;
    }

    /** The result of a URL nobody needs to ask (excluded, refusing robots, invalid, cached), or null after queueing it. */
    private LinkResult known(String url) {
        Instant now = clock.instant();
        Optional<String> excluded = settings.excluded(url);
        if (excluded.isPresent()) {
            return LinkResult.notChecked(url, "excluded by " + excluded.get(), now);
        }
        URI uri;
        try {
            uri = LinkProbe.toUri(url);
        } catch (IllegalArgumentException e) {
            return LinkResult.broken(url, -1, "not a valid URL", now);
        }
        if (uri.getHost() == null) {
            return LinkResult.broken(url, -1, "not a valid URL", now);
        }
        if (settings.refusesRobots(uri.getHost())) {
            return LinkResult.notChecked(url, "its host refuses robots", now);
        }
        if (cache != null) {
            Optional<LinkResult> cached = cache.fresh(url, settings.maxAge(), now);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        queue(new LinkJob(url, uri, settings), false);
        return null;
    }

    /** Puts a job in its next request's host's line: a job under way (a redirect, the archive) goes first. */
    private void queue(LinkJob job, boolean underWay) {
        String name = job.request().uri().getHost();
        Host host = hosts.computeIfAbsent(name == null ? "" : name.toLowerCase(Locale.ROOT), k -> new Host());
        if (underWay) {
            host.waiting.addFirst(job);
        } else {
            host.waiting.addLast(job);
        }
    }

    /**
     * Sends every waiting request the limits allow now.
     *
     * @return how long to wait for an answer before looking again (nanoseconds)
     */
    private long startWhatIsAllowed() {
        long now = System.nanoTime();
        long next = now + TICK;
        for (Host host : hosts.values()) {
            if (host.running >= settings.hostConcurrency() || running >= settings.maxConcurrency()) {
                continue;
            }
            if (host.nextStart > now) {
                next = Math.min(next, host.nextStart);
                continue;
            }
            for (Iterator<LinkJob> it = host.waiting.iterator(); it.hasNext() && host.nextStart <= now
                    && host.running < settings.hostConcurrency() && running < settings.maxConcurrency(); ) {
                LinkJob job = it.next();
                if (job.dueAt > now) {
                    next = Math.min(next, job.dueAt);
                    continue;
                }
                it.remove();
                send(job, host);
                host.nextStart = now + settings.hostInterval().toNanos();
            }
        }
        return Math.max(TimeUnit.MILLISECONDS.toNanos(1), next - now);
    }

    private void send(LinkJob job, Host host) {
        if (host.refusesHead) {
            job.probe().preferGet();
        }
        LinkProbe.Request r = job.request();
        running++;
        host.running++;
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(r.uri()).timeout(settings.timeout())
                    .method(r.method(), HttpRequest.BodyPublishers.noBody()).header("User-Agent", USER_AGENT).build();
        } catch (IllegalArgumentException e) {
            arrivals.add(new Arrival(job, host, null, e));
            return;
        }
        // the body of a link is never read (its stream is closed at once); the archive's answer is
        HttpResponse.BodyHandler<?> body = job.wantsBody() ? HttpResponse.BodyHandlers.ofString()
                : HttpResponse.BodyHandlers.ofInputStream();
        CompletionStage<? extends HttpResponse<?>> sent = client.sendAsync(request, body);
        sent.whenComplete((response, error) -> arrivals.add(new Arrival(job, host, response, error)));
    }

    /** Takes one answer: the URL's result when it is done, else null after queueing its next request. */
    private LinkResult arrived(Arrival a) {
        running--;
        a.host().running--;
        LinkProbe.Answer answer = a.response() != null ? answer(a.response()) : failure(a.error());
        LinkResult r = a.job().answer(answer, clock.instant());
        a.host().refusesHead |= a.job().probe().headRefused();
        if (r == null) {
            a.job().dueAt = System.nanoTime() + a.job().delay().toNanos();
            queue(a.job(), true);
        }
        return r;
    }

    private static LinkProbe.Answer answer(HttpResponse<?> response) {
        if (response.body() instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException e) {
                // the answer is in the status; the unread body is of no interest
            }
        }
        return LinkProbe.Answer.of(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Retry-After").orElse(null),
                response.body() instanceof String s ? s : null);
    }

    /** Why no answer came, in words for the report; only a timeout is worth asking again. */
    private LinkProbe.Answer failure(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof HttpTimeoutException) {
            return LinkProbe.Answer.failed("no answer within " + seconds(settings.timeout()), true);
        }
        if (e instanceof UnknownHostException || e.getCause() instanceof UnresolvedAddressException) {
            return LinkProbe.Answer.failed("the host name does not resolve (DNS)", false);
        }
        if (e instanceof SSLException) {
            return LinkProbe.Answer.failed("TLS failed: " + e.getMessage(), false);
        }
        if (e instanceof ConnectException) {
            return LinkProbe.Answer.failed("the connection was refused", false);
        }
        if (e instanceof IllegalArgumentException) {
            return LinkProbe.Answer.failed("not a valid URL", false);
        }
        return LinkProbe.Answer.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
