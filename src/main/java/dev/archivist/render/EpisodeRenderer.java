package dev.archivist.render;

import dev.archivist.model.PodcastEpisode;
import dev.archivist.site.Person;
import dev.archivist.site.Site;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A podcast episode as the site's {@code _layouts/podcast.html} shows it, in its order: the
 * season and episode, the title with the guests' names, the platform links, the show notes
 * (intro and body), the timestamps, the transcript and the guests' cards. The site's tabs are
 * shown one after another.
 *
 * <p>Left out, as site chrome or because it needs the network or a script: the head, header and
 * footer includes, the structured data (JSON-LD), the YouTube player, the platform icons (images
 * on a CDN), the tab buttons and their script, the previous and next episode links, the newsletter
 * form and the related episodes. The topics and the duration, which the page itself does not show
 * (the duration is only in its structured data), are listed apart at the end.
 */
final class EpisodeRenderer {

    private static final String[][] PLATFORMS = {{"apple", "Apple Podcasts"}, {"spotify", "Spotify"}};

    private final SiteMarkdown markdown;

    EpisodeRenderer(SiteMarkdown markdown) {
        this.markdown = markdown;
    }

    String page(PodcastEpisode episode, String body, Site site) {
        StringBuilder html = new StringBuilder(128 * 1024);
        PreviewDocument.head(html, episode.title(), PreviewDocument.BASE_STYLES, PreviewDocument.PAGE_STYLES);
        html.append("<body>\n<main class=\"podcast\">\n");
        header(html, episode, site);
        html.append("<section class=\"shownotes\" id=\"shownotes\">\n<h2>Show Notes</h2>\n");
        if (episode.intro() != null) {
            html.append("<div class=\"podcast-intro\"><p>").append(RawHtml.sanitize(episode.intro())).append("</p></div>\n");
        }
        html.append("<div class=\"body\">\n").append(markdown.body(body, site)).append("</div>\n</section>\n");
        TranscriptRenderer.timestamps(html, episode.transcript());
        TranscriptRenderer.transcript(html, episode.transcript());
        guests(html, episode.guests(), site);
        notOnThePage(html, episode);
        return PreviewDocument.end(html);
    }

    private static void header(StringBuilder html, PodcastEpisode episode, Site site) {
        html.append("<header>\n<p class=\"podcast-badge\">Season ").append(Html.plain(episode.season()))
                .append(", Episode ").append(Html.plain(episode.episode())).append("</p>\n<h1>")
                .append(Html.plain(episode.title()));
        if (!episode.guests().isEmpty()) {
            List<String> names = new ArrayList<>();
            episode.guests().forEach(id -> names.add(guestName(id, site)));
            html.append(" | ").append(String.join(", ", names));
        }
        html.append("</h1>\n");
        if (episode.subtitle() != null) {
            html.append("<p class=\"podcast-subtitle\">").append(Html.plain(episode.subtitle())).append("</p>\n");
        }
        html.append("<div class=\"podcast-listen\">\n<h2>Listen to or watch on your favorite platform</h2>\n<ul>\n");
        // the site always shows the YouTube chip; the others only when set and not TODO
        platform(html, episode.links().get("youtube"), "YouTube");
        for (String[] p : PLATFORMS) {
            String url = episode.links().get(p[0]);
            if (url != null && !url.equals("TODO")) {
                platform(html, url, p[1]);
            }
        }
        html.append("</ul>\n</div>\n</header>\n");
    }

    /** A guest's display name; an id without a page is shown as written (the site shows nothing), marked. */
    private static String guestName(String id, Site site) {
        Optional<Person> person = site == null ? Optional.empty() : site.person(id);
        return person.map(p -> Html.plain(p.title()))
                .orElse("<span class=\"unknown\">" + Html.plain(id) + "</span>");
    }

    private static void platform(StringBuilder html, String url, String name) {
        html.append("<li>").append(LinkPolicy.webLink(url)
                .map(u -> "<a href=\"" + Html.escape(u) + "\">" + name + "</a>").orElse(name)).append("</li>\n");
    }

    private void guests(StringBuilder html, List<String> ids, Site site) {
        List<PersonCard.Entry> people = new ArrayList<>();
        ids.forEach(id -> PersonCard.read(site, id).ifPresent(people::add));
        if (people.isEmpty()) {
            return;
        }
        html.append("<section class=\"guests\">\n<h2>About the Guests</h2>\n");
        people.forEach(p -> PersonCard.guest(html, p, site, markdown));
        html.append("</section>\n");
    }

    private static void notOnThePage(StringBuilder html, PodcastEpisode episode) {
        if (episode.topics().isEmpty() && episode.duration() == null) {
            return;
        }
        html.append("<aside class=\"page-data\">\n<h2>Not shown on the page</h2>\n<dl>\n");
        if (!episode.topics().isEmpty()) {
            html.append("<dt>Topics</dt><dd>").append(Html.plain(String.join(", ", episode.topics()))).append("</dd>\n");
        }
        if (episode.duration() != null) {
            html.append("<dt>Duration</dt><dd>").append(Html.plain(duration(episode.duration())))
                    .append(", in the page's data for search engines</dd>\n");
        }
        html.append("</dl>\n</aside>\n");
    }

    /** {@code PT01H05M29S} as {@code 1:05:29 (PT01H05M29S)}; anything else as written. */
    static String duration(String iso) {
        try {
            Duration d = Duration.parse(iso.strip());
            String time = d.toHours() > 0
                    ? String.format(Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                    : String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
            return time + " (" + iso + ")";
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
