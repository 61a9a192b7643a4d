package dev.archivist.cli;

import dev.archivist.model.Kind;
import dev.archivist.site.LinkCheckSettings;
import dev.archivist.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --online} and the online link check's settings, shared by {@code check} and
 * {@code fix}: each flag is the {@code links:} key of {@code .archivist.yml} of the same name,
 * parsed the same way, and wins over it ({@code --exclude} adds to the site's patterns).
 */
final class OnlineOptions {
    @Option(names = "--online", description = "Check the links on the network: links.broken, links.redirect and "
            + "links.archived (without --kinds, only these).")
    boolean online;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per request, connecting included (20).")
    String timeout;

    @Option(names = "--max-concurrency", paramLabel = "N", description = "Requests at once in all (128).")
    String maxConcurrency;

    @Option(names = "--host-concurrency", paramLabel = "N", description = "Requests at once to one host (10).")
    String hostConcurrency;

    @Option(names = "--host-interval", paramLabel = "MILLIS", description = "Least time between two requests to one host (50).")
    String hostInterval;

    @Option(names = "--retries", paramLabel = "N", description = "Retries after a timeout, a 429 or a 5xx (3).")
    String retries;

    @Option(names = "--retry-wait", paramLabel = "MILLIS", description = "The first retry's wait, doubled each time (1000).")
    String retryWait;

    @Option(names = "--max-redirects", paramLabel = "N", description = "Redirects followed (5).")
    String maxRedirects;

    @Option(names = "--max-age", paramLabel = "DURATION", description = "Cached answers younger than this are used (1d).")
    String maxAge;

    @Option(names = "--no-cache", description = "Ask every link, and keep no answer.")
    boolean noCache;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Links not checked (repeatable).")
    List<String> exclude;

    @Option(names = "--accept", paramLabel = "CODES", description = "Statuses of working links (100..=103,200..=299).")
    String accept;

    @Option(names = "--archive-url", paramLabel = "URL", description = "The Wayback Machine asked for copies (https://archive.org).")
    String archiveUrl;

    /** The flags given, by their key, in the order of the keys. */
    private Map<String, String> given() {
        Map<String, String> out = new LinkedHashMap<>();
        String[][] flags = {{"timeout", timeout}, {"max-concurrency", maxConcurrency}, {"host-concurrency", hostConcurrency},
            {"host-interval", hostInterval}, {"retries", retries}, {"retry-wait", retryWait},
            {"max-redirects", maxRedirects}, {"max-age", maxAge}, {"no-cache", noCache ? "true" : null},
            {"accept", accept}, {"archive-url", archiveUrl}};
        for (String[] f : flags) {
            if (f[1] != null) {
                out.put(f[0], f[1]);
            }
        }
        return out;
    }

    /**
     * Why the options cannot be used as given, or null: a setting or an online kind named
     * without {@code --online} (only the online run knows those kinds), or a value a setting
     * cannot take.
     */
    String misuse(List<String> kinds) {
        if (!online) {
            List<String> flags = new ArrayList<>(given().keySet());
            if (exclude != null) {
                flags.add("exclude");
            }
            if (!flags.isEmpty()) {
                return "--" + flags.get(0) + " is a setting of the online check: add --online";
            }
            for (String k : kinds == null ? List.<String>of() : kinds) {
                if (Kind.byId(k).filter(Kind::online).isPresent()) {
                    return k + " is found online: add --online";
                }
            }
            return null;
        }
        try {
            settings(null);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The settings for the pages of a site: its {@code links:} keys, then the flags.
     *
     * @throws IllegalArgumentException naming the flag whose value cannot be used
     */
    LinkCheckSettings settings(Site site) {
        LinkCheckSettings s = site == null ? LinkCheckSettings.DEFAULTS : site.settings().links();
        for (Map.Entry<String, String> f : given().entrySet()) {
            try {
                s = s.with(f.getKey(), f.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--" + f.getKey() + " " + e.getMessage(), e);
            }
        }
        for (String regex : exclude == null ? List.<String>of() : exclude) {
            try {
                s = s.with("exclude", regex);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--exclude " + e.getMessage(), e);
            }
        }
        return s;
    }
}
