package dev.archivist.render;

import dev.archivist.model.PodcastEpisode.TranscriptItem;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An episode's "Timestamps" and "Transcript" tabs, walking {@code transcript} exactly as the
 * site's {@code _layouts/podcast.html} does: every value is raw HTML there, so each goes through
 * {@link RawHtml}, never through Markdown. The site's timestamps seek its video player with a
 * script; here they are plain text, and the prompt to click them is left out.
 */
final class TranscriptRenderer {

    static final String DISCLAIMER = "The transcripts are edited for clarity, sometimes with AI.\n"
            + "If you notice any incorrect information,\n";
    static final String ISSUES = "https://github.com/DataTalksClub/datatalksclub.github.io/issues/new/choose";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");

    private TranscriptRenderer() {
    }

    /**
     * Each header with the time of the first timed item after it (an item with {@code sec}); a
     * header followed by another before any timed item is not listed.
     */
    static void timestamps(StringBuilder html, List<TranscriptItem> transcript) {
        html.append("<section class=\"timestamps\" id=\"timestamps\">\n<h2>Timestamps</h2>\n");
        if (transcript == null) {
            html.append("<p>Timestamps coming soon...</p>\n</section>\n");
            return;
        }
        html.append("<ul class=\"timestamps-list\">\n");
        String header = null;
        for (TranscriptItem item : transcript) {
            if (item.isHeader()) {
                header = item.header();
            } else if (header != null && item.sec() != null) {
                html.append("<li><span class=\"timestamp-time\">").append(RawHtml.sanitize(item.time()))
                        .append("</span> <span class=\"timestamp-text\">").append(RawHtml.sanitize(header))
                        .append("</span></li>\n");
                header = null;
            }
        }
        html.append("</ul>\n</section>\n");
    }

    /**
     * The transcript, when the page has one: headers as {@code <h3>} with the site's slug as id,
     * lines as the speaker in bold, the line and its time; item N carries {@code id="transcript-N"}
     * (headers keep the site's slug).
     */
    static void transcript(StringBuilder html, List<TranscriptItem> transcript) {
        if (transcript == null) {
            return;
        }
        html.append("<section class=\"transcript\" id=\"transcript\">\n<h2>Transcript</h2>\n")
                .append("<p class=\"transcript-disclaimer\">").append(Html.escape(DISCLAIMER))
                .append("<a href=\"").append(ISSUES).append("\">let us know</a>.</p>\n");
        for (int i = 0; i < transcript.size(); i++) {
            TranscriptItem item = transcript.get(i);
            if (item.isHeader()) {
                html.append("<h3 id=\"").append(Html.escape(slug(item.header())))
                        .append("\" class=\"transcript-header\">").append(RawHtml.sanitize(item.header())).append("</h3>\n");
            } else {
                html.append("<p class=\"transcript-line\" id=\"transcript-").append(i).append("\"><b>")
                        .append(RawHtml.sanitize(item.who())).append("</b>: ").append(RawHtml.sanitize(item.line()));
                if (item.sec() != null) {
                    html.append(" (<span class=\"transcript-time\">").append(RawHtml.sanitize(item.time())).append("</span>)");
                }
                html.append("</p>\n");
            }
        }
        html.append("</section>\n");
    }

    /** Jekyll's {@code slugify} (its default mode): runs of anything but letters, marks and digits become one hyphen. */
    static String slug(String text) {
        String slug = NOT_WORD.matcher(text).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.toLowerCase(Locale.ROOT);
    }
}
