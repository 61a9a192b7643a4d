package dev.archivist.check.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The rules of {@code links.tracking-params}, kept as data in {@code tracking-rules.yml} (global
 * parameters, per-site parameters and path segments, exceptions) and read once. Cleaning a URL
 * removes only the tracking parameters and keeps the order and the encoding of the rest.
 */
final class TrackingRules {
    private static final String RESOURCE = "tracking-rules.yml";
    private static volatile TrackingRules standard;

    private final Globs global;
    private final List<SiteRule> sites;
    private final boolean anySegmentRule;

    /** The result of cleaning one URL: the new text and the names of what was removed. */
    record Cleaned(String url, List<String> removed) {
        boolean changed() {
            return !removed.isEmpty();
        }
    }

    private TrackingRules(Globs global, List<SiteRule> sites) {
        this.global = global;
        this.sites = sites;
        this.anySegmentRule = sites.stream().anyMatch(s -> !s.removeSegments().isEmpty());
    }

    /** The rules shipped with Archivist. */
    static TrackingRules standard() {
        TrackingRules r = standard;
        if (r == null) {
            try (InputStream in = TrackingRules.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                r = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = r;
        }
        return r;
    }

    /** Rules read from YAML in the format of {@code tracking-rules.yml}. */
    @SuppressWarnings("unchecked")
    static TrackingRules parse(InputStream yaml) {
        Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> global = (Map<String, Object>) data.getOrDefault("global", Map.of());
        List<SiteRule> sites = new ArrayList<>();
        for (Object s : (List<Object>) data.getOrDefault("sites", List.of())) {
            sites.add(SiteRule.of((Map<String, Object>) s));
        }
        return new TrackingRules(SiteRule.names(global.get("remove")), List.copyOf(sites));
    }

    /** The URL without its tracking parameters; any other text comes back unchanged. Idempotent. */
    String clean(String url) {
        return cleaned(url).url();
    }

    Cleaned cleaned(String text) {
        Url url = Url.parse(text).filter(Url::isWeb).orElse(null);
        if (url == null || url.query() == null && !anySegmentRule) {
            return new Cleaned(text, List.of());
        }
        List<SiteRule> here = new ArrayList<>();
        for (SiteRule s : sites) {
            if (s.appliesToHost(url.host()) && s.appliesToPath(url)) {
                if (s.keepsAll()) {
                    return new Cleaned(text, List.of());
                }
                here.add(s);
            }
        }
        List<String> removed = new ArrayList<>();
        Url out = url.withPath(cleanPath(url.path(), here, removed));
        if (url.query() != null) {
            out = out.withQuery(cleanQuery(url.query(), here, removed));
        }
        return removed.isEmpty() ? new Cleaned(text, List.of()) : new Cleaned(out.toString(), List.copyOf(removed));
    }

    private static String cleanPath(String path, List<SiteRule> here, List<String> removed) {
        if (!removesSegments(here)) {
            return path;
        }
        String[] segments = path.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            if (i > 0 && removesSegment(here, seg)) {
                removed.add("/" + seg);
                continue;
            }
            out.append(i == 0 ? "" : "/").append(seg);
        }
        return out.isEmpty() && !path.isEmpty() ? "/" : out.toString();
    }

    private static boolean removesSegments(List<SiteRule> here) {
        for (SiteRule s : here) {
            if (!s.removeSegments().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean removesSegment(List<SiteRule> here, String segment) {
        for (SiteRule s : here) {
            if (s.removeSegments().matches(segment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The query without tracking parameters, or null when none is left (the {@code ?} goes too).
     * Parameters are separated by {@code &} or by Slack's {@code &amp;}; each kept parameter keeps
     * the separator that stood before it.
     */
    private String cleanQuery(String query, List<SiteRule> here, List<String> removed) {
        StringBuilder out = new StringBuilder(query.length());
        String sepBefore = "";
        boolean any = false;
        int i = 0;
        while (true) {
            int amp = query.indexOf('&', i);
            int end = amp < 0 ? query.length() : amp;
            String piece = query.substring(i, end);
            String name = paramName(piece);
            if (!name.isEmpty() && isTracking(name, here)) {
                removed.add(name);
            } else {
                out.append(any ? sepBefore : "").append(piece);
                any = true;
            }
            if (amp < 0) {
                break;
            }
            sepBefore = query.startsWith("&amp;", amp) ? "&amp;" : "&";
            i = amp + sepBefore.length();
        }
        return any ? out.toString() : null;
    }

    private boolean isTracking(String name, List<SiteRule> here) {
        for (SiteRule s : here) {
            if (s.keep().matches(name)) {
                return false;
            }
        }
        if (global.matches(name)) {
            return true;
        }
        for (SiteRule s : here) {
            if (s.remove().matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static String paramName(String piece) {
        int eq = piece.indexOf('=');
        String raw = eq < 0 ? piece : piece.substring(0, eq);
        return raw.indexOf('%') < 0 ? raw : percentDecodeAscii(raw);
    }

    private static String percentDecodeAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0 && hi * 16 + lo >= 0x20 && hi * 16 + lo < 0x7f) {
                    out.append((char) (hi * 16 + lo));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
