package dev.archivist.check.links;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Edit;
import dev.archivist.model.Fix;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code links.broken}: asks the server of every web link in the texts and the {@code links:}
 * list whether it still answers. It needs the network, so it is not in {@code Checks.all()}:
 * callers run it on request. Each URL is asked once, at most {@code maxLinks} of them.
 */
public final class BrokenLinkCheck implements Check {
    private final LinkProbe probe;
    private final int maxLinks;

    /** A place a URL is written: the value's path, the URL as written, and how to rewrite it there. */
    private record Target(YamlPath path, String raw, String href, boolean markdown) {
    }

    public BrokenLinkCheck(Duration timeout, int maxLinks) {
        this(LinkProbe.defaultClient(timeout), timeout, maxLinks);
    }

    public BrokenLinkCheck(HttpClient client, Duration timeout, int maxLinks) {
        this.probe = new LinkProbe(client, timeout);
        this.maxLinks = maxLinks;
    }

    @Override
    public List<Problem> check(CheckContext context) {
        List<Problem> out = new ArrayList<>();
        Map<String, LinkProbe.Outcome> asked = new HashMap<>();
        for (Target t : targets(context.root())) {
            if (!asked.containsKey(t.href()) && asked.size() >= maxLinks) {
                continue;
            }
            LinkProbe.Outcome outcome = asked.computeIfAbsent(t.href(), probe::probe);
            report(Place.of(context, t.path(), out), t, outcome);
        }
        return out;
    }

    private static void report(Place place, Target t, LinkProbe.Outcome outcome) {
        if (outcome.broken()) {
            String why = outcome.error() != null ? "could not be reached (" + outcome.error() + ")"
                    : "answers " + outcome.status();
            place.report(Kind.BROKEN, "the link " + t.href() + " " + why, null);
        } else if (outcome.redirected() != 0) {
            String target = outcome.finalUri().toString();
            UnaryOperator<String> swap = u -> u.equals(t.raw()) ? target : u;
            Edit edit = new Edit.TextEdit(t.path(), t.markdown() ? v -> LinkFixes.rewriteUrls(v, swap) : swap);
            String kind = outcome.redirected() == 301 || outcome.redirected() == 308 ? "permanently" : "for now";
            place.report(Kind.BROKEN, "the link redirects " + kind + " (" + outcome.redirected() + ") to " + target,
                    Fix.suggestion(t.raw(), target, edit));
        }
    }

    private static List<Target> targets(YMapping root) {
        List<Target> out = new ArrayList<>();
        root.get("archive").ifPresent(archive -> messages(archive, YamlPath.of("archive"), out));
        root.get("links").ifPresent(links -> {
            if (links instanceof YSequence seq) {
                for (int i = 0; i < seq.size(); i++) {
                    YamlPath path = YamlPath.of("links", i, "link");
                    path.find(root).filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value())
                            .filter(UrlText::isValidWebUrl)
                            .ifPresent(v -> out.add(new Target(path, v, v, false)));
                }
            }
        });
        return out;
    }

    private static void messages(YNode node, YamlPath path, List<Target> out) {
        if (!(node instanceof YSequence seq)) {
            return;
        }
        for (int i = 0; i < seq.size(); i++) {
            if (seq.get(i) instanceof YMapping m) {
                YamlPath at = path.index(i);
                String text = m.text("text");
                if (text != null) {
                    for (LinkRef l : MarkdownLinks.scan(text).links()) {
                        if (Url.parse(l.href()).filter(Url::isWeb).isPresent()) {
                            out.add(new Target(at.key("text"), l.rawUrl(text), l.href(), true));
                        }
                    }
                }
                m.get("replies").ifPresent(r -> messages(r, at.key("replies"), out));
            }
        }
    }
}
