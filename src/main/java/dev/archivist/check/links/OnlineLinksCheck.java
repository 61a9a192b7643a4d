package dev.archivist.check.links;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The online kinds of a page, from what a {@link LinkChecker} run learned of its URLs:
 * {@code links.broken}, {@code links.redirect} (safe: the URL the permanent redirects lead to)
 * and {@code links.archived} (a broken link's archived copy, written on request only). Pure: it
 * asks nobody, so the fix engine can run it round after round; a URL the run has not answered
 * (yet) has no problem.
 */
public final class OnlineLinksCheck implements Check {
    private final Map<String, LinkResult> results;

    /** @param results by URL; a concurrent map may still be filling (the editor shows answers as they come) */
    public OnlineLinksCheck(Map<String, LinkResult> results) {
        this.results = results;
    }

    /** The web links of a page, each once, in the order they are written: what a run asks about. */
    public static Set<String> urls(YMapping root) {
        Set<String> out = new LinkedHashSet<>();
        LinkTarget.of(root).forEach(t -> out.add(t.href()));
        return out;
    }

    @Override
    public List<Problem> check(CheckContext context) {
        List<Problem> out = new ArrayList<>();
        if (results.isEmpty()) {
            return out;
        }
        for (LinkTarget t : LinkTarget.of(context.root())) {
            LinkResult r = results.get(t.href());
            if (r != null) {
                report(Place.of(context, t.path(), out), t, r);
            }
        }
        return out;
    }

    private static void report(Place place, LinkTarget t, LinkResult r) {
        switch (r.status()) {
            case BROKEN -> {
                place.report(Kind.BROKEN, "the link " + t.href() + " is broken: " + r.reason(), null);
                if (r.archived() != null) {
                    place.report(Kind.ARCHIVED, "the link " + t.href() + " is broken; an archived copy answers: "
                            + r.archived(), Fix.safe(t.raw(), r.archived(), t.rewrite(r.archived())));
                }
            }
            case REDIRECTED -> place.report(Kind.REDIRECT, "the link " + t.href() + " redirects permanently to "
                    + r.moved(), Fix.safe(t.raw(), r.moved(), t.rewrite(r.moved())));
            case OK, NOT_CHECKED -> {
                // nothing wrong, or nothing known: the run's summary counts them
            }
        }
    }

    @Override
    public Set<Kind> kinds() {
        return EnumSet.of(Kind.BROKEN, Kind.REDIRECT, Kind.ARCHIVED);
    }
}
