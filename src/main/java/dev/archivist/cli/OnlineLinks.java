package dev.archivist.cli;

import dev.archivist.check.Check;
import dev.archivist.check.Checks;
import dev.archivist.check.links.LinkCache;
import dev.archivist.check.links.LinkChecker;
import dev.archivist.check.links.LinkResult;
import dev.archivist.check.links.OnlineLinksCheck;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.site.Site;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The online link check of a command's pages: every URL of the pages of one site asked once,
 * with that site's settings, before the pages are checked or fixed; then the checks of each page
 * read the answers of its site.
 */
final class OnlineLinks {
    /** The key of the pages outside any site. */
    private static final Path NO_SITE = Path.of("");

    private final Map<Path, Map<String, LinkResult>> bySite = new HashMap<>();

    private OnlineLinks() {
    }

    /**
     * Asks about the links of the pages (a page that cannot be read has none: the command
     * reports it when it comes to it). Warnings, such as a cache that cannot be written, go to {@code err}.
     */
    static OnlineLinks run(List<Path> pages, Sites sites, OnlineOptions options, PrintWriter err) {
        Map<Path, Set<String>> urls = new LinkedHashMap<>();
        Map<Path, Site> siteOf = new HashMap<>();
        for (Path page : pages) {
            ArchiveDocument doc = ArchiveReader.read(page);
            if (doc.parsed()) {
                Site site = sites.around(page);
                Path key = site == null ? NO_SITE : site.root();
                siteOf.put(key, site);
                urls.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(OnlineLinksCheck.urls(doc.root()));
            }
        }
        OnlineLinks out = new OnlineLinks();
        urls.forEach((key, those) -> {
            LinkChecker checker = new LinkChecker(options.settings(siteOf.get(key)), LinkCache.standard());
            out.bySite.put(key, checker.check(those, (r, done, total) -> { }, () -> false));
            if (checker.cacheProblem() != null) {
                err.println("archivist: warning: " + checker.cacheProblem());
                err.flush();
            }
        });
        return out;
    }

    /** The answers for the pages of a site (null: outside any). */
    Map<String, LinkResult> results(Site site) {
        return bySite.getOrDefault(site == null ? NO_SITE : site.root(), Map.of());
    }

    /** The online check for a page of the site, alone or after every other family. */
    List<Check> checks(Site site, boolean withOthers) {
        List<Check> out = new ArrayList<>(withOthers ? Checks.all() : List.of());
        out.add(new OnlineLinksCheck(results(site)));
        return out;
    }

    /** Every URL asked about, each site's once. */
    List<LinkResult> all() {
        List<LinkResult> out = new ArrayList<>();
        bySite.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    /** The run in numbers: URLs by status, how many broken ones have an archived copy, how many answers were cached. */
    private record Counts(int urls, Map<String, Integer> byStatus, int archived, int cached, List<LinkResult> notChecked) {
    }

    private Counts counts() {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (LinkResult.Status s : LinkResult.Status.values()) {
            byStatus.put(s.id(), 0);
        }
        int archived = 0;
        int cached = 0;
        List<LinkResult> notChecked = new ArrayList<>();
        List<LinkResult> all = all();
        for (LinkResult r : all) {
            byStatus.merge(r.status().id(), 1, Integer::sum);
            archived += r.archived() != null ? 1 : 0;
            cached += r.cached() ? 1 : 0;
            if (r.status() == LinkResult.Status.NOT_CHECKED) {
                notChecked.add(r);
            }
        }
        return new Counts(all.size(), byStatus, archived, cached, notChecked);
    }

    /**
     * The summary for the JSON report: {@code {"urls","byStatus":{"ok","redirected","broken","not-checked"},
     * "archived","cached","notChecked":[{"url","reason"}]}}.
     */
    Map<String, Object> summary() {
        Counts c = counts();
        List<Map<String, Object>> notChecked = new ArrayList<>();
        for (LinkResult r : c.notChecked()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("url", r.url());
            n.put("reason", r.reason());
            notChecked.add(n);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("urls", c.urls());
        out.put("byStatus", c.byStatus());
        out.put("archived", c.archived());
        out.put("cached", c.cached());
        out.put("notChecked", notChecked);
        return out;
    }

    /** The summary in words: {@code links online: 12 links (3 answers from the cache): 8 ok, 1 redirected, ...}. */
    String summaryLine() {
        Counts c = counts();
        Map<String, Integer> by = c.byStatus();
        return "links online: " + c.urls() + " link" + (c.urls() == 1 ? "" : "s")
                + (c.cached() == 0 ? "" : " (" + c.cached() + " answer" + (c.cached() == 1 ? "" : "s") + " from the cache)")
                + ": " + by.get("ok") + " ok, " + by.get("redirected") + " redirected, " + by.get("broken") + " broken"
                + (c.archived() == 0 ? "" : " (" + c.archived() + " with an archived copy)") + ", "
                + by.get("not-checked") + " not checked";
    }

    /** A line for each link not checked, with why: {@code not checked: URL (its host refuses robots)}. */
    List<String> notCheckedLines() {
        return counts().notChecked().stream().map(r -> "not checked: " + r.url() + " (" + r.reason() + ")").toList();
    }
}
