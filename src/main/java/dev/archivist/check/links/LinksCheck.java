package dev.archivist.check.links;

import dev.archivist.check.Check;
import dev.archivist.check.CheckContext;
import dev.archivist.model.Kind;
import dev.archivist.model.PageKind;
import dev.archivist.model.Problem;
import dev.archivist.model.YMapping;
import dev.archivist.model.YNode;
import dev.archivist.model.YScalar;
import dev.archivist.model.YSequence;
import dev.archivist.model.YamlPath;
import dev.archivist.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offline {@code links.*} checks: links in the questions' and replies' Markdown, the
 * {@code links:} list, and the {@code cover}/{@code image} files. The online kinds
 * ({@code links.broken}, {@code links.redirect}, {@code links.archived}) are
 * {@link OnlineLinksCheck}'s, from the answers a {@link LinkChecker} got.
 */
public final class LinksCheck implements Check {
    private final TrackingRules rules = TrackingRules.standard();

    @Override
    public List<Problem> check(CheckContext context) {
        List<Problem> out = new ArrayList<>();
        context.root().get("archive").filter(YSequence.class::isInstance).ifPresent(a -> {
            YSequence threads = (YSequence) a;
            for (int i = 0; i < threads.size(); i++) {
                message(context, threads.get(i), YamlPath.of("archive", i), out);
            }
        });
        LinkListProblems.find(context, rules, out);
        if (context.kind() == PageKind.PODCAST) {
            EpisodeLinks.find(context, rules, out);
        }
        files(context, out);
        return out;
    }

    private void message(CheckContext context, YNode node, YamlPath path, List<Problem> out) {
        if (!(node instanceof YMapping m)) {
            return;
        }
        m.get("text").filter(YScalar.class::isInstance).map(YScalar.class::cast).filter(YScalar::isString)
                .ifPresent(s -> TextLinkProblems.find(Place.of(context, path.key("text"), out), s.value(), rules));
        m.get("replies").filter(YSequence.class::isInstance).ifPresent(r -> {
            YSequence replies = (YSequence) r;
            for (int j = 0; j < replies.size(); j++) {
                message(context, replies.get(j), path.key("replies").index(j), out);
            }
        });
    }

    /** {@code links.missing-file}: a cover or image path with no file under the site root. */
    private static void files(CheckContext context, List<Problem> out) {
        Site site = context.site();
        if (site == null) {
            return;
        }
        for (String key : List.of("cover", "image")) {
            String value = context.root().text(key);
            if (value == null || value.isBlank() || value.contains("://")) {
                continue;
            }
            Optional<Path> file = site.resolve(value.strip());
            Place place = Place.of(context, YamlPath.of(key), out);
            if (file.isEmpty()) {
                place.report(Kind.MISSING_FILE, key + " '" + value + "' points outside the site folder", null);
            } else if (!Files.isRegularFile(file.get())) {
                place.report(Kind.MISSING_FILE, key + " '" + value + "' does not exist under the site root "
                        + site.root(), null);
            }
        }
    }

    /** The offline {@code links} kinds: the online ones are {@link OnlineLinksCheck}'s. */
    @Override
    public java.util.Set<Kind> kinds() {
        java.util.Set<Kind> kinds = java.util.EnumSet.copyOf(Kind.select(List.of("links")));
        kinds.removeIf(Kind::online);
        return kinds;
    }
}
