package dev.archivist.check.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One site's entry in {@code tracking-rules.yml}: which hosts and paths it covers, which
 * parameters and path segments it removes, and which parameters it always keeps.
 */
record SiteRule(String name, List<String> hosts, Globs paths, Globs exceptPaths, Globs remove,
                Globs removeSegments, Globs keep) {

    static SiteRule of(Map<String, Object> data) {
        return new SiteRule(
                String.valueOf(data.getOrDefault("name", "?")),
                strings(data.get("hosts")),
                Globs.of(strings(data.get("paths")), false),
                Globs.of(strings(data.get("exceptPaths")), false),
                names(data.get("remove")),
                names(data.get("removePathSegments")),
                names(data.get("keep")));
    }

    /** Parameter names or path segments: globs matched without regard to case. */
    static Globs names(Object list) {
        return Globs.of(strings(list), true);
    }

    /** True when the rule says {@code keep: ["*"]}: the site's URLs are left alone. */
    boolean keepsAll() {
        return keep.hasStar();
    }

    boolean appliesToHost(String host) {
        for (String h : hosts) {
            if (hostMatches(h, host)) {
                return true;
            }
        }
        return false;
    }

    /** True when the URL's path is one the rule covers; the host is taken to match. */
    boolean appliesToPath(Url url) {
        if (paths.isEmpty() && exceptPaths.isEmpty()) {
            return true;
        }
        String path = url.path().isEmpty() ? "/" : url.path();
        return (paths.isEmpty() || paths.matches(path)) && !exceptPaths.matches(path);
    }

    /**
     * {@code example.com} matches the host and its subdomains; {@code amazon.*} matches a label
     * {@code amazon} followed by one or two top-level labels ({@code amazon.de}, {@code amazon.co.uk}).
     */
    static boolean hostMatches(String pattern, String host) {
        if (!pattern.endsWith(".*")) {
            return host.equals(pattern) || host.endsWith("." + pattern);
        }
        String label = pattern.substring(0, pattern.length() - 2);
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length; i++) {
            int after = labels.length - 1 - i;
            if (labels[i].equals(label) && after >= 1 && after <= 2) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> items) {
            for (Object o : items) {
                out.add(String.valueOf(o));
            }
        }
        return List.copyOf(out);
    }
}
