package dev.archivist.site;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The online link check's settings: the {@code links:} keys of {@code .archivist.yml} and the
 * flags of {@code check --online}, which share their names and their parsing. The defaults are
 * lychee's. Immutable: {@link #with} returns a changed copy.
 */
public final class LinkCheckSettings {
    /** The keys, as written in {@code .archivist.yml} and as flags after {@code --}. */
    public static final List<String> KEYS = List.of("timeout", "max-concurrency", "host-concurrency", "host-interval",
            "retries", "retry-wait", "max-redirects", "max-age", "no-cache", "exclude", "accept", "archive-url",
            "refuse-robots");
    /** What is accepted unless the site says otherwise: informational answers and success. */
    public static final String ACCEPT = "100..=103,200..=299";
    /** Hosts that answer robots with an error whatever the page: their links are not checked. */
    public static final List<String> REFUSE_ROBOTS = List.of("linkedin.com", "instagram.com", "facebook.com",
            "twitter.com", "x.com");
    public static final LinkCheckSettings DEFAULTS = new LinkCheckSettings();

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private Duration timeout = Duration.ofSeconds(20);
    private int maxConcurrency = 128;
    private int hostConcurrency = 10;
    private Duration hostInterval = Duration.ofMillis(50);
    private int retries = 3;
    private Duration retryWait = Duration.ofSeconds(1);
    private int maxRedirects = 5;
    private Duration maxAge = Duration.ofDays(1);
    private boolean cache = true;
    private List<Pattern> exclude = List.of();
    private String accept = ACCEPT;
    private List<int[]> accepted = codes(ACCEPT);
    private URI archiveUrl = URI.create("https://archive.org");
    private List<String> refuseRobots = REFUSE_ROBOTS;

    private LinkCheckSettings() {
    }

    private LinkCheckSettings copy() {
        LinkCheckSettings c = new LinkCheckSettings();
        c.timeout = timeout;
        c.maxConcurrency = maxConcurrency;
        c.hostConcurrency = hostConcurrency;
        c.hostInterval = hostInterval;
        c.retries = retries;
        c.retryWait = retryWait;
        c.maxRedirects = maxRedirects;
        c.maxAge = maxAge;
        c.cache = cache;
        c.exclude = exclude;
        c.accept = accept;
        c.accepted = accepted;
        c.archiveUrl = archiveUrl;
        c.refuseRobots = refuseRobots;
        return c;
    }

    /**
     * A copy with one setting as written: {@code timeout} in seconds ({@code 0.5} allowed),
     * {@code host-interval} and {@code retry-wait} in milliseconds, {@code max-age} as
     * {@code 1d}, {@code 12h}, {@code 30m}; {@code exclude} adds a pattern, {@code refuse-robots}
     * replaces the hosts with the comma-separated ones given.
     *
     * @throws IllegalArgumentException saying what the value must be
     */
    public LinkCheckSettings with(String key, String value) {
        String v = value == null ? "" : value.strip();
        LinkCheckSettings c = copy();
        switch (key) {
            case "timeout" -> c.timeout = Duration.ofMillis(Math.round(number(v, "a number of seconds") * 1000));
            case "max-concurrency" -> c.maxConcurrency = count(v, 1);
            case "host-concurrency" -> c.hostConcurrency = count(v, 1);
            case "host-interval" -> c.hostInterval = Duration.ofMillis(count(v, 0));
            case "retries" -> c.retries = count(v, 0);
            case "retry-wait" -> c.retryWait = Duration.ofMillis(count(v, 0));
            case "max-redirects" -> c.maxRedirects = count(v, 0);
            case "max-age" -> c.maxAge = duration(v);
            case "no-cache" -> c.cache = !bool(v);
            case "exclude" -> {
                List<Pattern> more = new ArrayList<>(exclude);
                more.add(regex(v));
                c.exclude = List.copyOf(more);
            }
            case "accept" -> {
                c.accepted = codes(v);
                c.accept = v;
            }
            case "archive-url" -> c.archiveUrl = url(v);
            case "refuse-robots" -> c.refuseRobots = v.isEmpty() ? List.of()
                    : List.of(v.toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
            default -> throw new IllegalArgumentException("is not a link setting; known: " + String.join(", ", KEYS));
        }
        return c;
    }

    /** A copy with a list setting: {@code exclude} and {@code refuse-robots} replaced, {@code accept} joined. */
    public LinkCheckSettings with(String key, List<String> values) {
        if (key.equals("exclude")) {
            LinkCheckSettings c = copy();
            c.exclude = List.of();
            for (String v : values) {
                c = c.with(key, v);
            }
            return c;
        }
        return with(key, String.join(",", values));
    }

    private static double number(String v, String what) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && d < 86_400) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("must be " + what + " ('" + v + "')");
    }

    private static int count(String v, int least) {
        try {
            int n = Integer.parseInt(v);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("must be a whole number of at least " + least + " ('" + v + "')");
    }

    private static boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("must be true or false ('" + v + "')");
        };
    }

    /** {@code 1d}, {@code 12h}, {@code 30m}, {@code 45s}, {@code 500ms}, {@code 2w}, or their sum ({@code 1d12h}). */
    static Duration duration(String v) {
        Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
            at = m.end();
        }
        if (at == 0 || at != v.length()) {
            throw new IllegalArgumentException("must be a duration such as 1d, 12h or 30m ('" + v + "')");
        }
        return total;
    }

    private static Pattern regex(String v) {
        try {
            return Pattern.compile(v);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("must be a regular expression (" + e.getDescription() + " in '" + v + "')");
        }
    }

    /** {@code 200..=299,429}: codes and inclusive ranges, as lychee writes them. */
    private static List<int[]> codes(String v) {
        List<int[]> out = new ArrayList<>();
        for (String part : v.split(",")) {
            String p = part.strip();
            String[] ends = p.split("\\.\\.=", -1);
            try {
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : from;
                if (ends.length <= 2 && from >= 100 && to <= 999 && from <= to) {
                    out.add(new int[] {from, to});
                    continue;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("must be status codes and ranges such as 200..=299,429 ('" + p + "')");
        }
        return List.copyOf(out);
    }

    private static URI url(String v) {
        try {
            URI u = new URI(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (java.net.URISyntaxException e) {
            // said below
        }
        throw new IllegalArgumentException("must be an http or https URL ('" + v + "')");
    }

    /** How long one request may take, connecting included. */
    public Duration timeout() {
        return timeout;
    }

    /** How many requests may run at once, all hosts together. */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** How many requests may run at once to one host. */
    public int hostConcurrency() {
        return hostConcurrency;
    }

    /** The least time between the starts of two requests to one host. */
    public Duration hostInterval() {
        return hostInterval;
    }

    /** How many times a timeout, a 429 or a 5xx answer is asked again. */
    public int retries() {
        return retries;
    }

    /** The first retry's wait; each further one waits twice as long (a 429's {@code Retry-After} wins). */
    public Duration retryWait() {
        return retryWait;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    /** How old a cached answer may be and still be used instead of asking again. */
    public Duration maxAge() {
        return maxAge;
    }

    /** False with {@code no-cache}: every link is asked, and no answer is kept. */
    public boolean cache() {
        return cache;
    }

    /** {@code accept} as written. */
    public String accept() {
        return accept;
    }

    /** True for a status the site counts as a working link. */
    public boolean accepted(int status) {
        return accepted.stream().anyMatch(r -> status >= r[0] && status <= r[1]);
    }

    /** The first {@code exclude} pattern found in the URL, if one is. */
    public Optional<String> excluded(String url) {
        return exclude.stream().filter(p -> p.matcher(url).find()).map(Pattern::pattern).findFirst();
    }

    /** True for a host (or a subdomain of one) in {@code refuse-robots}. */
    public boolean refusesRobots(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return refuseRobots.stream().anyMatch(r -> h.equals(r) || h.endsWith("." + r));
    }

    /** The Wayback Machine's base URL, without a final {@code /}. */
    public URI archiveUrl() {
        return archiveUrl;
    }
}
